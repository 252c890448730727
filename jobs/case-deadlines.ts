import { CaseModel } from '../models/case.ts';
import { OPEN_STATUSES } from '../domain/cases/case-statuses.ts';
import { historyActor, type StoredCase } from '../domain/cases/case-repository.ts';
import { CaseRefusedError, SYSTEM_ACTOR, type CaseActor } from '../domain/cases/case-types.ts';
import { clinicStaff, officersOf } from '../domain/users/recipients.ts';
import { addDays, bangkokDay } from '../domain/time/thai-time.ts';
import type { JobDefinition } from '../infra/jobs/job-runner.ts';
import { buildDeadlineDigest, buildEscalationDigest } from '../bot/messages/deadline-messages.ts';
import type { JobServices } from './job-services.ts';

const SOON_DAYS = 2;
const OFFICE_VIEWER = (officeCode: string): CaseActor => ({ lineUserId: undefined, role: 'officer', officeCode });

/**
 * Daily, 08:30 by default: close resolved cases nobody answered, tell each office's officers what
 * is due soon or overdue, and escalate cases overdue too long to Clinic Center staff. Every
 * message key carries the day, so a re-run after a crash queues only what is still missing.
 */
export const caseDeadlinesJob: JobDefinition<JobServices> = {
  name: 'case-deadlines',
  periodOf: (at) => bangkokDay(at),
  async run(deps, { now, period }) {
    const closed = await autoClose(deps, now, period);
    const escalated = await escalate(deps, now, period);
    const digests = await sendDigests(deps, now, period);
    return { closed, escalated, ...digests };
  },
};

async function autoClose(deps: JobServices, now: Date, period: string): Promise<number> {
  const cutoff = addDays(now, -deps.config.cases.autoCloseDays);
  let closed = 0;
  for await (const stored of CaseModel.find({ status: 'resolved', resolvedAt: { $lt: cutoff } }, { ticket: 1 }).lean().cursor()) {
    try {
      await deps.cases.act({ ticket: stored.ticket, command: { action: 'autoClose' }, actor: SYSTEM_ACTOR, requestKey: `job:case-deadlines:${period}:${stored.ticket}` });
      closed += 1;
    } catch (error) {
      if (!(error instanceof CaseRefusedError)) throw error;
    }
  }
  return closed;
}

/** Marks first (with the day), then tells staff of every case marked that day: a re-run re-tells, never re-marks. */
async function escalate(deps: JobServices, now: Date, period: string): Promise<number> {
  const cutoff = addDays(now, -deps.config.cases.escalateAfterDays);
  const entry = { at: now, actor: historyActor(SYSTEM_ACTOR), action: 'escalate' };
  await CaseModel.updateMany(
    { status: { $in: OPEN_STATUSES }, dueAt: { $lt: cutoff }, escalatedAt: { $exists: false } },
    { $set: { escalatedAt: now, escalationPeriod: period }, $push: { history: entry }, $inc: { version: 1 } },
  );
  const marked = (await CaseModel.find({ escalationPeriod: period }).sort({ dueAt: 1 }).lean()) as StoredCase[];
  if (marked.length === 0) return 0;
  const staff = await clinicStaff();
  const views = await Promise.all(marked.map((stored) => deps.cases.view(stored, { lineUserId: undefined, role: 'staff' })));
  if (staff.length > 0) await deps.outbox.multicast({ dedupeKey: `job:case-deadlines:${period}:escalations`, to: staff, messages: buildEscalationDigest(views, deps.config.cases.escalateAfterDays) });
  return marked.length;
}

/** One digest per office with cases due within two days or overdue, to its officers. */
async function sendDigests(deps: JobServices, now: Date, period: string): Promise<{ offices: number; officers: number }> {
  const byOffice = new Map<string, StoredCase[]>();
  const dueSoon = CaseModel.find({ status: { $in: OPEN_STATUSES }, dueAt: { $lt: addDays(now, SOON_DAYS) } }).sort({ dueAt: 1 }).lean().cursor();
  for await (const stored of dueSoon) {
    const list = byOffice.get(stored.officeCode) ?? [];
    list.push(stored as StoredCase);
    byOffice.set(stored.officeCode, list);
  }
  const offices = await deps.cases.offices();
  let officers = 0;
  for (const [officeCode, list] of byOffice) {
    const to = await officersOf(officeCode);
    if (to.length === 0) continue;
    const views = await Promise.all(list.map((stored) => deps.cases.view(stored, OFFICE_VIEWER(officeCode))));
    await deps.outbox.multicast({ dedupeKey: `job:case-deadlines:${period}:digest:${officeCode}`, to, messages: buildDeadlineDigest(offices.byCode(officeCode)?.name ?? officeCode, views) });
    officers += to.length;
  }
  return { offices: byOffice.size, officers };
}
