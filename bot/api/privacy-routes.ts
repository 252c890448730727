import { Router } from 'express';
import * as z from 'zod/mini';
import { exportPerson, summarisePerson } from '../../domain/privacy/export-person.ts';
import { completePrivacyRequest, listPrivacyRequests } from '../../domain/privacy/privacy-requests.ts';
import { privacyRequestViews } from '../../domain/privacy/privacy-request-view.ts';
import type { Retention } from '../../domain/privacy/personal-data.ts';
import { PrivacyRequestModel } from '../../models/privacy-request.ts';
import { OutboxMessageModel } from '../../models/outbox-message.ts';
import type { Outbox } from '../../infra/outbox/outbox.ts';
import type { CaseService } from '../../domain/cases/case-service.ts';
import { buildAccessDone, buildErased } from '../messages/privacy-messages.ts';
import { recordPrivacyRequestForStaff } from '../notifications/privacy-request-notice.ts';
import { requireRole } from '../auth/require-actor.ts';
import { caseActorOf } from './case-actor.ts';
import { requestKeyOf } from './consultation-access.ts';
import { parseOr400 } from './validate-body.ts';

type Deps = { cases: CaseService; outbox: Outbox; pseudonymSecret: string; retention: Retention; staffPageUrl: string | undefined; myDataUrl: string | undefined };

const requestSchema = z.object({ kind: z.enum(['access', 'erasure'], 'กรุณาระบุว่าขอดูหรือขอลบข้อมูล') });
const NOT_FOUND = { error: 'not_found', message: 'ไม่พบคำขอนี้ หรือดำเนินการไปแล้วค่ะ' };

/** The person's own data and requests (`/api/me/…`), and the staff list of PDPA requests with their deadlines. */
export function createPrivacyRoutes(deps: Deps): Router {
  const router = Router();
  router.get('/me/data', async (_req, res) => {
    const data = await exportPerson(caseActorOf(res).lineUserId, deps.cases.now());
    res.set('cache-control', 'no-store').json({ ...data, retention: deps.retention });
  });
  // The «ข้อมูลของฉัน» page asks here what the chat's «ขอลบข้อมูลของฉัน» asks; staff hear of it the same way.
  router.post('/me/privacy-requests', async (req, res) => {
    const body = parseOr400(requestSchema, req.body, res);
    if (!body) return;
    const { lineUserId } = caseActorOf(res);
    const request = await recordPrivacyRequestForStaff(
      { outbox: deps.outbox, staffPageUrl: deps.staffPageUrl },
      { lineUserId, kind: body.kind, requestKey: requestKeyOf(req, lineUserId), now: deps.cases.now() },
    );
    res.json({ request: { number: request.number, kind: request.kind, status: request.status, requestedAt: request.requestedAt, dueAt: request.dueAt } });
  });
  const staff = requireRole('staff', 'admin');
  router.get('/staff/privacy-requests', staff, async (req, res) => {
    const status = req.query.status === 'done' ? 'done' : 'open';
    res.set('cache-control', 'no-store').json({ requests: await privacyRequestViews(await listPrivacyRequests(status), deps.cases.now()) });
  });
  // What an erasure will remove, counted, for the confirm step; counts only, never the data itself.
  router.get('/staff/privacy-requests/:id/holdings', staff, async (req, res) => {
    const open = await findOpen(String(req.params.id));
    if (!open) return void res.status(404).json(NOT_FOUND);
    res.set('cache-control', 'no-store').json({ holdings: await summarisePerson(open.lineUserId) });
  });
  router.post('/staff/privacy-requests/:id/complete', staff, async (req, res) => {
    const open = await findOpen(String(req.params.id));
    if (!open) return void res.status(404).json(NOT_FOUND);
    if (open.kind === 'erasure') await tellBeforeErasing(deps.outbox, open.lineUserId, open.number);
    const done = await completePrivacyRequest(String(req.params.id), { staffLineUserId: caseActorOf(res).lineUserId, now: deps.cases.now(), pseudonymSecret: deps.pseudonymSecret });
    if (done && open.kind === 'access') await deps.outbox.push({ dedupeKey: `privacy:${open.number}:answered`, to: open.lineUserId, messages: buildAccessDone(open.number, deps.myDataUrl) });
    res.json({ ok: done !== null });
  });
  return router;
}

/** A malformed id is a request that does not exist, not a server error. */
function findOpen(id: string) {
  return PrivacyRequestModel.findOne({ _id: id, status: 'open' }, { lineUserId: 1, kind: 1, number: 1 }).lean().catch(() => null);
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
