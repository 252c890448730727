import { Router } from 'express';
import type { CaseService } from '../../domain/cases/case-service.ts';
import { findCase } from '../../domain/cases/case-repository.ts';
import { acceptConsultation, endConsultation, listConsultations } from '../../domain/consultations/consultations.ts';
import { consultationView, queueItems, transcriptOf, recentBotAnswers } from '../../domain/consultations/consultation-view.ts';
import { addVariant, FaqNotFoundError } from '../../domain/knowledge-base/faq-admin.ts';
import type { FaqCatalog } from '../../domain/knowledge-base/faq-catalog.ts';
import { photosOwnedBy } from '../../domain/media/photo-access.ts';
import type { ConsultationDelivery } from '../notifications/consultation-delivery.ts';
import type { PhotoUrl } from '../messages/case-card.ts';
import { buildAcceptedNotice, buildEndedMessages } from '../messages/consultation-messages.ts';
import { requestKeyOf, takenBy, visible } from './consultation-access.ts';
import { say } from './consultation-say.ts';
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
