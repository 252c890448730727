import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { findCase, toSnapshot } from '../../domain/cases/case-repository.ts';
import { relationsOf } from '../../domain/cases/plan-case-action.ts';
import { MAX_PHOTO_BYTES } from '../../domain/forms/case-forms.ts';
import { openPhoto, storePhoto } from '../../domain/media/photo-store.ts';
import { PhotoModel } from '../../models/photo.ts';
import { answerCaseError } from './case-api-errors.ts';
import { sendPhoto } from '../media/send-photo.ts';
import { caseActorOf } from './case-actor.ts';
import { canSeeCase } from './case-routes.ts';

const TOO_LARGE = { error: 'photo_too_large', message: 'รูปใหญ่เกิน 10 MB ค่ะ กรุณาเลือกรูปที่เล็กลง' };

/** A declared size over the limit is refused before a byte of the body is read. */
function refuseDeclaredTooLarge(req: Request, res: Response, next: NextFunction): void {
  if (Number(req.get('content-length') ?? 0) > MAX_PHOTO_BYTES) {
    res.status(413).set('connection', 'close').json(TOO_LARGE);
    return;
  }
  next();
}

/** `POST /api/uploads` (raw image bytes) and `GET /api/photos/:id` (as the viewer may see it). */
export function createUploadRoutes(): Router {
  const router = Router();
  router.post('/uploads', refuseDeclaredTooLarge, express.raw({ type: () => true, limit: MAX_PHOTO_BYTES }), async (req, res) => {
    const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (bytes.length === 0) {
      res.status(400).json({ error: 'not_an_image', message: 'ไม่พบรูปในคำขอ กรุณาเลือกรูปอีกครั้ง' });
      return;
    }
    try {
      res.status(201).json({ photoId: await storePhoto(bytes, { ownerLineUserId: caseActorOf(res).lineUserId }) });
    } catch (error) {
      answerCaseError(res, error);
    }
  });

  router.get('/photos/:photoId', async (req, res) => {
    const variant = await variantFor(req.params.photoId, res);
    const photo = variant ? await openPhoto(req.params.photoId, variant) : null;
    sendPhoto(res, photo, 'private, max-age=3600', 'ไม่พบรูปนี้ หรือบัญชีนี้ไม่มีสิทธิ์ดูค่ะ');
  });
  return router;
}

/** The office handling the case sees the original; others who may see the case, the copy without EXIF. */
async function variantFor(photoId: string, res: Response): Promise<'original' | 'shared' | undefined> {
  const actor = caseActorOf(res);
  const photo = /^[0-9a-f]{24}$/.test(photoId) ? await PhotoModel.findById(photoId, { caseTicket: 1, ownerLineUserId: 1 }).lean() : null;
  if (!photo) return undefined;
  if (!photo.caseTicket) return photo.ownerLineUserId === actor.lineUserId ? 'original' : undefined;
  const stored = await findCase(photo.caseTicket);
  if (!stored || !canSeeCase(stored, actor)) return undefined;
  return relationsOf(toSnapshot(stored), actor).has('office') ? 'original' : 'shared';
}
