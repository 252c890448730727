import { Router } from 'express';
import { exportPerson } from '../../domain/privacy/export-person.ts';
import { completePrivacyRequest, listPrivacyRequests } from '../../domain/privacy/privacy-requests.ts';
import { PrivacyRequestModel } from '../../models/privacy-request.ts';
import { OutboxMessageModel } from '../../models/outbox-message.ts';
import type { Outbox } from '../../infra/outbox/outbox.ts';
import type { CaseService } from '../../domain/cases/case-service.ts';
import { buildErased } from '../messages/privacy-messages.ts';
import { requireRole } from '../auth/require-actor.ts';
import { caseActorOf } from './case-actor.ts';

type Deps = { cases: CaseService; outbox: Outbox; pseudonymSecret: string };

/** The person's own data (`/api/me/data`) and the staff list of PDPA requests with their deadlines. */
export function createPrivacyRoutes(deps: Deps): Router {
  const router = Router();
  router.get('/me/data', async (_req, res) => {
    res.set('cache-control', 'no-store').json(await exportPerson(caseActorOf(res).lineUserId, deps.cases.now()));
  });
  const staff = requireRole('staff', 'admin');
  router.get('/staff/privacy-requests', staff, async (req, res) => {
    const status = req.query.status === 'done' ? 'done' : 'open';
    const now = deps.cases.now().getTime();
    const requests = await listPrivacyRequests(status);
    res.json({
      requests: requests.map((request) => ({
        id: String(request._id),
        number: request.number,
        kind: request.kind,
        status: request.status,
        requestedAt: request.requestedAt,
        dueAt: request.dueAt,
        overdue: request.status === 'open' && request.dueAt.getTime() < now,
        handledAt: request.handledAt ?? null,
      })),
    });
  });
  router.post('/staff/privacy-requests/:id/complete', staff, async (req, res) => {
    const open = await PrivacyRequestModel.findOne({ _id: req.params.id, status: 'open' }, { lineUserId: 1, kind: 1, number: 1 }).lean().catch(() => null);
    if (!open) {
      res.status(404).json({ error: 'not_found', message: 'ไม่พบคำขอนี้ หรือดำเนินการไปแล้วค่ะ' });
      return;
    }
    if (open.kind === 'erasure') await tellBeforeErasing(deps.outbox, open.lineUserId, open.number);
    const done = await completePrivacyRequest(String(req.params.id), { staffLineUserId: caseActorOf(res).lineUserId, now: deps.cases.now(), pseudonymSecret: deps.pseudonymSecret });
    res.json({ ok: done !== null });
  });
  return router;
}

/**
 * The person hears once that their data is erased, and only then is it erased (the erasure also
 * removes that message from the outbox). If LINE does not take it within a few seconds, the
 * erasure goes ahead: the law's deadline matters more than the courtesy.
 */
async function tellBeforeErasing(outbox: Outbox, lineUserId: string, number: string): Promise<void> {
  const dedupeKey = `privacy:${number}:erased`;
  await outbox.push({ dedupeKey, to: lineUserId, messages: buildErased() });
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const entry = await OutboxMessageModel.findOne({ dedupeKey: `${dedupeKey}#0.0` }, { status: 1 }).lean();
    if (!entry || entry.status === 'sent' || entry.status === 'dead') return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
