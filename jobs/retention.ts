import { CaseModel } from '../models/case.ts';
import { CASE_STATUS_CODES, CASE_STATUSES } from '../domain/cases/case-statuses.ts';
import { forgetStalePendingAsks } from '../domain/reports/faq-ask-log.ts';
import { addDays, bangkokDay } from '../domain/time/thai-time.ts';
import type { JobDefinition } from '../infra/jobs/job-runner.ts';
import type { JobServices } from './job-services.ts';

const FINISHED = CASE_STATUS_CODES.filter((status) => CASE_STATUSES[status].group === 'closed');

/**
 * PDPA: a villager's name and phone are kept only while an office may still need to call back.
 * Once a case has been closed for CASE_CONTACT_RETENTION_DAYS they are removed and the case marked
 * `anonymisedAt` (the report counts them). One update, safe to run again: a case without contact
 * details is never matched. The case itself (category, area, times, rating) stays for the statistics.
 */
export async function anonymiseClosedCases(input: { now: Date; retentionDays: number }): Promise<number> {
  const cutoff = addDays(input.now, -input.retentionDays);
  const result = await CaseModel.updateMany(
    { status: { $in: FINISHED }, closedAt: { $lt: cutoff }, contact: { $ne: null } },
    { $set: { contact: null, anonymisedAt: input.now }, $inc: { version: 1 } },
  );
  return result.modifiedCount;
}

export const retentionJob: JobDefinition<JobServices> = {
  name: 'retention',
  periodOf: (at) => bangkokDay(at),
  async run(deps, { now }) {
    const anonymised = await anonymiseClosedCases({ now, retentionDays: deps.config.cases.contactRetentionDays });
    const pendingAsksCleared = await forgetStalePendingAsks(now);
    return { anonymised, pendingAsksCleared };
  },
};
