import { activitiesBetween, activitiesEndedBetween, findActivity, idOf, type ListedActivity } from '../domain/activities/activity-repository.ts';
import { toActivityView } from '../domain/activities/activity-view.ts';
import { localityOf } from '../domain/activities/activity-areas.ts';
import { createBatcher, type PlannedBatch } from '../domain/activities/fanout/batcher.ts';
import { runFanout } from '../domain/activities/fanout/run-fanout.ts';
import { activeSubscribers } from '../domain/subscriptions/recipient-stream.ts';
import { addDays, bangkokDay, startOfBangkokDay } from '../domain/time/thai-time.ts';
import type { OfficeDirectory } from '../domain/offices/office-directory.ts';
import type { JobDefinition } from '../infra/jobs/job-runner.ts';
import { buildRatingPrompt, buildReminder } from '../bot/messages/activity-notice-messages.ts';
import { activityDepsOf, type ActivityJobServices } from './activity-services.ts';

const JOB = 'activity-reminders';
type Kind = 'morning' | 'eve' | 'week' | 'rate';

/**
 * Daily (07:00 by default), keyed by the day: registered people hear of an activity the day before
 * and the morning of it and are asked for a rating the morning after it ended; a mobile-unit
 * visit's area hears of it a week before. Through the same ledger as the monthly push, so each
 * reminder goes once and a cancellation later reaches these people too.
 */
export const activityRemindersJob: JobDefinition<ActivityJobServices> = {
  name: JOB,
  periodOf: (at) => bangkokDay(at),
  async run(deps, { now, period }) {
    const activityDeps = activityDepsOf(deps);
    const [offices, areas] = await Promise.all([deps.cases.offices(), deps.cases.areas()]);
    const day = startOfBangkokDay(period);
    const published = ['published'] as const;
    const [today, tomorrow, visits, ended] = await Promise.all([
      activitiesBetween(day, addDays(day, 1), published),
      activitiesBetween(addDays(day, 1), addDays(day, 2), published),
      activitiesBetween(addDays(day, 7), addDays(day, 8), published),
      activitiesEndedBetween(addDays(day, -1), day),
    ]);
    const outcome = await runFanout({ outbox: deps.outbox, now: () => now }, {
      job: JOB,
      period,
      plan: (record) => planReminders({ today, tomorrow, visits: visits.filter((visit) => visit.type === 'mobile-unit'), ended, offices }, record),
      messagesFor: async ({ segment, activityIds }) => {
        const stored = activityIds[0] ? await findActivity(activityIds[0]) : null;
        if (!stored || stored.status !== 'published') return null;
        const view = toActivityView(stored, { areas, offices });
        const kind = segment.split(':')[0] as Kind;
        return kind === 'rate' ? buildRatingPrompt(view) : buildReminder(kind, view, { calendarUrl: activityDeps.calendarUrl });
      },
    });
    return outcome.summary;
  },
};

async function planReminders(
  input: { today: ListedActivity[]; tomorrow: ListedActivity[]; visits: ListedActivity[]; ended: ListedActivity[]; offices: OfficeDirectory },
  record: (batch: PlannedBatch) => Promise<void>,
): Promise<Record<string, number>> {
  const batcher = createBatcher(record);
  const toRegistrants = async (kind: Kind, activities: ListedActivity[]) => {
    for (const activity of activities) {
      const full = await findActivity(idOf(activity));
      for (const lineUserId of full?.registrants ?? []) await batcher.add([idOf(activity)], lineUserId, false, `${kind}:${idOf(activity)}`);
    }
  };
  await toRegistrants('morning', input.today);
  await toRegistrants('eve', input.tomorrow);
  await toRegistrants('rate', input.ended);
  if (input.visits.length > 0) {
    const officeOf = (code: string) => input.offices.byCode(code);
    for await (const sub of activeSubscribers()) {
      const office = sub.officeCode ? officeOf(sub.officeCode) : undefined;
      for (const visit of input.visits) {
        const areas = visit.areas.map((area) => ({ scope: area.scope, code: area.code ?? undefined }));
        const near = (sub.area && localityOf(areas, sub.area, officeOf)) || (office && office.subdistrictCodes.some((code) => localityOf(areas, { districtCode: code.slice(0, 4), subdistrictCode: code }, officeOf)));
        if (near) await batcher.add([idOf(visit)], sub.lineUserId, office !== undefined, `week:${idOf(visit)}`);
      }
    }
  }
  const totals = await batcher.finish();
  return { segments: totals.segments, recipients: totals.recipients, batches: totals.batches };
}
