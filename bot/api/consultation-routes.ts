import { randomUUID } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import type { CaseService } from '../../domain/cases/case-service.ts';
import { findCase } from '../../domain/cases/case-repository.ts';
import { acceptConsultation, endConsultation, findConsultation, listConsultations, recordLine, type Consultation } from '../../domain/consultations/consultations.ts';
import { consultationView, queueItems, transcriptOf, recentBotAnswers } from '../../domain/consultations/consultation-view.ts';
import { addVariant, FaqNotFoundError } from '../../domain/knowledge-base/faq-admin.ts';
import type { FaqCatalog } from '../../domain/knowledge-base/faq-catalog.ts';
import { photosOwnedBy } from '../../domain/media/photo-access.ts';
import type { ConsultationDelivery } from '../notifications/consultation-delivery.ts';
import type { PhotoUrl } from '../messages/case-card.ts';
import { buildAcceptedNotice, buildEndedMessages, buildStaffLine } from '../messages/consultation-messages.ts';
import { requireRole } from '../auth/require-actor.ts';
import { answerCaseError } from './case-api-errors.ts';
import { caseActorOf } from './case-actor.ts';
import { parseOr400, sendFieldErrors } from './validate-body.ts';
import { consultationFaqSchema, consultationLineSchema, consultationToCaseSchema } from '../../domain/forms/consultation-forms.ts';

type Deps = { cases: CaseService; delivery: ConsultationDelivery; catalog: FaqCatalog; photoUrl: PhotoUrl | undefined };

/** `/api/consultations`: the staff queue and chat page; a villager may read only their own. */
export function createConsultationRoutes(deps: Deps): Router {
  const router = Router();
  const staffOnly = requireRole('staff', 'admin');

  router.get('/', staffOnly, async (req, res) => {
    const status = ['waiting', 'active', 'ended'].includes(String(req.query.status)) ? (req.query.status as 'waiting' | 'active' | 'ended') : 'open';
    res.json({ consultations: await queueItems(await listConsultations(status), deps.cases.now()) });
  });

  router.get('/:id', async (req, res) => {
    const consultation = await visible(req, res);
    if (!consultation) return;
    const actor = caseActorOf(res);
    const stored = await findCase(consultation.ticket);
    const isStaff = actor.role === 'staff' || actor.role === 'admin';
    res.json({
      consultation: await consultationView(consultation, deps.cases.now()),
      transcript: stored ? transcriptOf(stored, consultation) : [],
      case: stored ? await deps.cases.view(stored, actor) : null,
      botAnswers: isStaff ? await recentBotAnswers(consultation.villagerLineUserId, consultation.openedAt) : [],
    });
  });

  router.post('/:id/accept', staffOnly, async (req, res) => {
    const actor = caseActorOf(res);
    const result = await acceptConsultation(deps.cases, String(req.params.id), actor, deps.cases.now());
    if (!result.ok) {
      res.status(409).json({ error: 'already_taken', message: result.consultation?.staff?.name ? `${result.consultation.staff.name} รับเรื่องนี้ไปแล้วค่ะ` : 'การสนทนานี้ไม่รอรับแล้วค่ะ' });
      return;
    }
    await deps.delivery.toVillager(result.consultation, 'accepted', buildAcceptedNotice(actor.name));
    res.json({ consultation: await consultationView(result.consultation, deps.cases.now()) });
  });

  router.post('/:id/messages', staffOnly, async (req, res) => {
    const form = parseOr400(consultationLineSchema, req.body, res);
    const consultation = form && (await takenBy(deps, req, res));
    if (!form || !consultation) return;
    if (!form.text && form.photoIds.length === 0) return sendFieldErrors(res, { text: 'กรุณาพิมพ์ข้อความหรือแนบรูป' });
    const actor = caseActorOf(res);
    if (!(await photosOwnedBy(form.photoIds, actor.lineUserId))) return sendFieldErrors(res, { photoIds: 'รูปบางรูปไม่ได้อัปโหลดโดยบัญชีนี้' });
    await say(deps, consultation, actor, form.text || '[รูปภาพ]', form.photoIds, requestKeyOf(req, actor.lineUserId));
    res.status(201).json({ ok: true });
  });

  router.post('/:id/end', staffOnly, async (req, res) => {
    const ended = await endConsultation(deps.cases, String(req.params.id), 'staff', deps.cases.now());
    if (!ended) {
      res.status(409).json({ error: 'already_ended', message: 'การสนทนานี้จบไปแล้วค่ะ' });
      return;
    }
    await deps.delivery.toVillager(ended, 'ended', buildEndedMessages(ended, 'staff'));
    res.json({ consultation: await consultationView(ended, deps.cases.now()) });
  });

  router.post('/:id/to-case', staffOnly, async (req, res) => {
    const form = parseOr400(consultationToCaseSchema, req.body, res);
    const consultation = form && (await takenBy(deps, req, res));
    if (!form || !consultation) return;
    const actor = caseActorOf(res);
    try {
      await deps.cases.act({ ticket: consultation.ticket, command: { action: 'forward', toOfficeCode: form.officeCode, reason: form.reason }, actor, requestKey: `consultation:${consultation.ticket}:to-case` });
    } catch (error) {
      return answerCaseError(res, error, consultation.ticket);
    }
    const ended = await endConsultation(deps.cases, String(consultation._id), 'staff', deps.cases.now());
    if (ended) await deps.delivery.toVillager(ended, 'ended', buildEndedMessages({ ...ended, staff: null }, 'staff'));
    res.json({ ok: true, ticket: consultation.ticket });
  });

  router.post('/:id/faq-answer', staffOnly, async (req, res) => {
    const form = parseOr400(consultationFaqSchema, req.body, res);
    const consultation = form && (await takenBy(deps, req, res));
    if (!form || !consultation) return;
    const entry = deps.catalog.entry(form.faqId);
    if (!entry) return sendFieldErrors(res, { faqId: 'ไม่พบคำถามที่พบบ่อยนี้' });
    const actor = caseActorOf(res);
    await say(deps, consultation, actor, entry.answer, [], requestKeyOf(req, actor.lineUserId));
    res.status(201).json({ ok: true });
  });

  router.post('/:id/faq-variant', staffOnly, async (req, res) => {
    const form = parseOr400(consultationFaqSchema, req.body, res);
    const consultation = form && (await visible(req, res));
    if (!form || !consultation) return;
    const stored = await findCase(consultation.ticket);
    try {
      const faq = await addVariant(form.faqId, form.wording?.trim() || stored?.description || '');
      await deps.catalog.refresh();
      res.json({ faq });
    } catch (error) {
      if (!(error instanceof FaqNotFoundError)) throw error;
      sendFieldErrors(res, { faqId: 'ไม่พบคำถามที่พบบ่อยนี้' });
    }
  });

  return router;
}

/** A staff line: into the transcript, numbered, then to the villager (reply while their token is fresh). */
async function say(deps: Deps, consultation: Consultation, actor: ReturnType<typeof caseActorOf>, text: string, photoIds: string[], requestKey: string): Promise<void> {
  await recordLine(consultation, { from: actor, text, photoIds, at: deps.cases.now(), requestKey });
  const images = photoIds.flatMap((id) => {
    const url = deps.photoUrl?.(id);
    return url ? [{ type: 'image' as const, originalContentUrl: url, previewImageUrl: url }] : [];
  });
  const missing = photoIds.length - images.length;
  const words = missing > 0 ? `${text}${text === '[รูปภาพ]' ? '' : ' '}(แนบรูป ${missing} รูป ดูได้ที่ “ติดตามเรื่อง”)` : text;
  // Keyed by the request, not by the line's number: two copies of one request racing deliver once.
  await deps.delivery.toVillager(consultation, `line:${requestKey}`, [buildStaffLine(actor.name, words), ...images].slice(0, 5));
}

async function visible(req: Request, res: Response): Promise<Consultation | undefined> {
  const consultation = await findConsultation(String(req.params.id));
  const actor = caseActorOf(res);
  if (!consultation) {
    res.status(404).json({ error: 'not_found', message: 'ไม่พบการสนทนานี้ค่ะ' });
    return undefined;
  }
  if (actor.role !== 'staff' && actor.role !== 'admin' && consultation.villagerLineUserId !== actor.lineUserId) {
    res.status(403).json({ error: 'forbidden', message: 'บัญชีนี้ไม่มีสิทธิ์ดูการสนทนานี้ค่ะ' });
    return undefined;
  }
  return consultation;
}

/** Answering a waiting consultation takes it; one someone else took is theirs. */
async function takenBy(deps: Deps, req: Request, res: Response): Promise<Consultation | undefined> {
  const consultation = await visible(req, res);
  if (!consultation) return undefined;
  const actor = caseActorOf(res);
  if (consultation.status === 'ended') {
    res.status(409).json({ error: 'already_ended', message: 'การสนทนานี้จบไปแล้วค่ะ' });
    return undefined;
  }
  if (consultation.staff?.lineUserId && consultation.staff.lineUserId !== actor.lineUserId) {
    res.status(409).json({ error: 'already_taken', message: `${consultation.staff.name ?? 'เจ้าหน้าที่ท่านอื่น'} ดูแลการสนทนานี้อยู่ค่ะ` });
    return undefined;
  }
  if (consultation.status === 'active') return consultation;
  const accepted = await acceptConsultation(deps.cases, String(consultation._id), actor, deps.cases.now());
  if (!accepted.ok) {
    res.status(409).json({ error: 'already_taken', message: 'เจ้าหน้าที่ท่านอื่นเพิ่งรับการสนทนานี้ไปค่ะ' });
    return undefined;
  }
  await deps.delivery.toVillager(accepted.consultation, 'accepted', buildAcceptedNotice(actor.name));
  return accepted.consultation;
}

function requestKeyOf(req: Request, lineUserId: string): string {
  const key = req.get('idempotency-key');
  return key && /^[A-Za-z0-9_-]{8,80}$/.test(key) ? `api:${lineUserId}:${key}` : `api:${randomUUID()}`;
}
