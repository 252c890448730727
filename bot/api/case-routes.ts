import { randomUUID } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { caseActionSchema, caseNoteSchema, newCaseSchema } from '../../domain/forms/case-forms.ts';
import type { CaseService } from '../../domain/cases/case-service.ts';
import { listMyCases } from '../../domain/cases/case-queries.ts';
import { findCase, toSnapshot, type StoredCase } from '../../domain/cases/case-repository.ts';
import { relationsOf } from '../../domain/cases/plan-case-action.ts';
import type { CaseActor, CaseCommand } from '../../domain/cases/case-types.ts';
import { photosOwnedBy } from '../../domain/media/photo-access.ts';
import type { Outbox } from '../../infra/outbox/outbox.ts';
import { buildFiledMessages } from '../messages/case-draft-messages.ts';
import { answerCaseError } from './case-api-errors.ts';
import { caseActorOf } from './case-actor.ts';
import { parseOr400, sendFieldErrors } from './validate-body.ts';

/** May this person open the case: its reporter, a follower, its office or Clinic Center staff. */
export function canSeeCase(stored: StoredCase, actor: CaseActor): boolean {
  if (stored.reporterLineUserId === actor.lineUserId || stored.followers.includes(actor.lineUserId ?? '')) return true;
  return relationsOf(toSnapshot(stored), actor).has('office');
}

/** `/api/cases`: file a case with full details, follow my cases, add notes, move a case on. */
export function createCaseRoutes(deps: { cases: CaseService; outbox: Outbox }): Router {
  const router = Router();
  const { cases } = deps;

  router.post('/', async (req, res) => {
    const form = parseOr400(newCaseSchema, req.body, res);
    if (!form) return;
    const reporter = caseActorOf(res);
    if (!(await photosOwnedBy(form.photoIds, reporter.lineUserId))) return sendFieldErrors(res, { photoIds: 'รูปบางรูปไม่ได้อัปโหลดโดยบัญชีนี้ กรุณาแนบใหม่' });
    const requestKey = requestKeyOf(req, reporter.lineUserId) ?? `api:${randomUUID()}`;
    try {
      const stored = await cases.file({ ...form, requestKey, source: 'liff', reporter });
      const view = await cases.view(stored, reporter);
      // The page shows the ticket; the chat gets it too, so the villager finds it later in LINE.
      await deps.outbox.push({ dedupeKey: `case:${stored.ticket}:filed:reporter`, to: reporter.lineUserId, messages: buildFiledMessages(view) });
      res.status(201).json({ case: view });
    } catch (error) {
      answerCaseError(res, error);
    }
  });

  router.get('/mine', async (_req, res) => {
    const actor = caseActorOf(res);
    const mine = await listMyCases(actor.lineUserId, 50);
    res.json({ cases: await Promise.all(mine.map((stored) => cases.view(stored, actor))) });
  });

  router.get('/:ticket', async (req, res) => {
    const found = await loadVisible(req, res);
    if (found) res.json({ case: await cases.detail(found.stored, found.actor) });
  });

  router.post('/:ticket/notes', async (req, res) => {
    const form = parseOr400(caseNoteSchema, req.body, res);
    const found = form && (await loadVisible(req, res));
    if (!form || !found) return;
    try {
      const stored = await cases.addNote({ ticket: found.stored.ticket, ...form, actor: found.actor, requestKey: requestKeyOf(req, found.actor.lineUserId) });
      res.json({ case: await cases.detail(stored, found.actor) });
    } catch (error) {
      answerCaseError(res, error, found.stored.ticket);
    }
  });

  router.post('/:ticket/actions', async (req, res) => {
    const form = parseOr400(caseActionSchema, req.body, res);
    const found = form && (await loadVisible(req, res));
    if (!form || !found) return;
    try {
      const stored = await cases.act({ ticket: found.stored.ticket, command: form as CaseCommand, actor: found.actor, requestKey: requestKeyOf(req, found.actor.lineUserId) });
      res.json({ case: await cases.detail(stored, found.actor) });
    } catch (error) {
      answerCaseError(res, error, found.stored.ticket);
    }
  });

  return router;
}

async function loadVisible(req: Request, res: Response): Promise<{ stored: StoredCase; actor: CaseActor & { lineUserId: string } } | undefined> {
  const ticket = String(req.params.ticket ?? '').toUpperCase();
  const stored = /^CC-\d{4}-\d{5,}$/.test(ticket) ? await findCase(ticket) : null;
  const actor = caseActorOf(res);
  if (!stored) {
    res.status(404).json({ error: 'not_found', message: 'ไม่พบเรื่องนี้ค่ะ กรุณาตรวจสอบเลขที่เรื่องอีกครั้ง' });
    return undefined;
  }
  if (!canSeeCase(stored, actor)) {
    res.status(403).json({ error: 'forbidden', message: 'บัญชีนี้ไม่มีสิทธิ์ดูเรื่องนี้ค่ะ' });
    return undefined;
  }
  return { stored, actor };
}

/** A page may resend the same submission (a flaky connection): `Idempotency-Key` makes it one case. */
function requestKeyOf(req: Request, lineUserId: string): string | undefined {
  const key = req.get('idempotency-key');
  return key && /^[A-Za-z0-9_-]{8,80}$/.test(key) ? `api:${lineUserId}:${key}` : undefined;
}
