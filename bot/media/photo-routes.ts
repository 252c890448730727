import { Router } from 'express';
import { openPhoto } from '../../domain/media/photo-store.ts';
import type { PhotoLinks } from './photo-links.ts';
import { sendPhoto } from './send-photo.ts';

/** `GET /media/photos/:id.jpg?sig=…`: the EXIF-free copy behind a signed link, for LINE's image fetcher. */
export function createPhotoRoutes(links: PhotoLinks): Router {
  const router = Router();
  router.get('/media/photos/:file', async (req, res) => {
    const photoId = /^([0-9a-f]{24})\.jpg$/.exec(req.params.file)?.[1];
    const signature = typeof req.query.sig === 'string' ? req.query.sig : '';
    if (!photoId || !links.verify(photoId, signature)) {
      res.status(404).json({ error: 'not_found', message: 'ไม่พบรูปนี้ค่ะ' });
      return;
    }
    sendPhoto(res, await openPhoto(photoId, 'shared'), 'public, max-age=86400, immutable');
  });
  return router;
}
