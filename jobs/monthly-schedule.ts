import { activitiesInMonth, idOf } from '../domain/activities/activity-repository.ts';
import { addMonths, monthOf } from '../domain/activities/activity-time.ts';
import { toActivityView } from '../domain/activities/activity-view.ts';
import { createAudienceSets } from '../domain/activities/fanout/audience-sets.ts';
import { awaitDelivery } from '../domain/activities/fanout/delivery-report.ts';
import { planMonthly, type MonthlyPlanSummary } from '../domain/activities/fanout/monthly-plan.ts';
import { budgetLeft } from '../domain/activities/fanout/quota-budget.ts';
import { runFanout } from '../domain/activities/fanout/run-fanout.ts';
import { syncOfficerSubscriptions } from '../domain/subscriptions/subscription-store.ts';
import { clinicStaff } from '../domain/users/recipients.ts';
import type { JobDefinition } from '../infra/jobs/job-runner.ts';
import { buildFanoutReport } from '../bot/messages/activity-report-messages.ts';
import { buildMonthlySchedule } from '../bot/messages/activity-schedule-messages.ts';
import { activityDepsOf, type ActivityJobServices } from './activity-services.ts';

const JOB = 'monthly-schedule';

/**
 * On the 25th (09:00 by default) next month's published schedule goes to each segment: officers
 * per office, subscribers per area and topic, each person once in one carousel of everything they
 * are to be told of. Within the month's quota (officers first when short), through the exactly-once
 * ledger (domain/activities/fanout); then staff get the report in LINE.
 */
export const monthlyScheduleJob: JobDefinition<ActivityJobServices> = {
  name: JOB,
  periodOf: (at) => addMonths(monthOf(at), 1),
  async run(deps, { now, period }) {
    const activityDeps = activityDepsOf(deps);
    const [offices, areas] = await Promise.all([deps.cases.offices(), deps.cases.areas()]);
    const officeCodes = offices.all().map((office) => office.code);
    await syncOfficerSubscriptions(officeCodes, now);
    const activities = await activitiesInMonth(period, ['published']);
    const views = new Map(activities.map((activity) => [idOf(activity), toActivityView(activity, { areas, offices })]));
    const quotaBefore = await activityDeps.readQuota().catch(() => null);
    const budget = budgetLeft(quotaBefore, activityDeps.quotaReserve, 0);
    const sets = createAudienceSets(activities.map((activity) => ({ id: idOf(activity), areas: [...views.get(idOf(activity))!.areas], audience: activity.audience, topic: activity.topic })), offices);
    const outcome = await runFanout<MonthlyPlanSummary>({ outbox: deps.outbox, now: () => now }, {
      job: JOB,
      period,
      plan: (record) => planMonthly({ sets, budget, officeCodes, activities: activities.length }, record),
      messagesFor: async ({ activityIds }) => buildMonthlySchedule(period, activityIds.flatMap((id) => views.get(id) ?? []), { calendarUrl: activityDeps.calendarUrl, listUrl: activityDeps.listUrl }),
    });
    const delivery = await awaitDelivery({ job: JOB, period }, { timeoutMs: activityDeps.reportWaitMs });
    const quotaAfter = await activityDeps.readQuota().catch(() => null);
    // A month with nothing published pushed nothing: there is nothing to report.
    const staff = activities.length > 0 ? await clinicStaff() : [];
    const report = buildFanoutReport({ month: period, ...outcome.summary, ...delivery, quotaAfter });
    if (staff.length > 0) await deps.outbox.multicast({ dedupeKey: `job:${JOB}:${period}:report`, to: staff, messages: report });
    return { ...outcome.summary, ...delivery, queuedNow: outcome.queuedNow };
  },
};
