import { buildFaqDigestMessages } from '../bot/messages/faq-digest-messages.ts';
import { claimDigestGroups } from '../domain/knowledge-base/faq-digest-groups.ts';
import { bangkokDay, formatThaiDate } from '../domain/time/thai-time.ts';
import { clinicStaff } from '../domain/users/recipients.ts';
import type { JobDefinition } from '../infra/jobs/job-runner.ts';
import type { Outbox } from '../infra/outbox/outbox.ts';
import type { JobServices } from './job-services.ts';

export type FaqDigestResult = { groups: number; staff: number };

/**
 * The learning loop's morning digest: Clinic Center staff get the new groups of unanswered questions,
 * each with the matcher's best guess and «เพิ่มเป็นคำถามของ …» / «ข้าม», so a gap found in the morning
 * is answered by noon. Exactly once per day: the groups are marked with the day before anything is
 * sent, and the multicast's key carries the day, so a re-run (crash, second instance, `npm run job`)
 * sends nothing new; the job runner's ledger keeps a finished day from running again at all.
 */
export async function runFaqDigest(input: { now: Date; period?: string; outbox: Pick<Outbox, 'multicast'>; staff?: () => Promise<string[]> }): Promise<FaqDigestResult> {
  const day = input.period ?? bangkokDay(input.now);
  const groups = await claimDigestGroups(day);
  if (groups.length === 0) return { groups: 0, staff: 0 };
  const staff = await (input.staff ?? clinicStaff)();
  if (staff.length > 0) {
    await input.outbox.multicast({ dedupeKey: `job:faq-digest:${day}`, to: staff, messages: buildFaqDigestMessages(groups, formatThaiDate(input.now)) });
  }
  return { groups: groups.length, staff: staff.length };
}

export const faqDigestJob: JobDefinition<JobServices> = {
  name: 'faq-digest',
  periodOf: (at) => bangkokDay(at),
  run: (deps, { now, period }) => runFaqDigest({ now, period, outbox: deps.outbox }),
};
