import { ActivityModel } from '../models/activity.ts';
import { idOf, type StoredActivity } from '../domain/activities/activity-repository.ts';
import { toActivityView } from '../domain/activities/activity-view.ts';
import { createBatcher } from '../domain/activities/fanout/batcher.ts';
import { runFanout } from '../domain/activities/fanout/run-fanout.ts';
import { toldOf } from '../domain/activities/fanout/send-ledger.ts';
import type { JobDefinition } from '../infra/jobs/job-runner.ts';
import { runJobOnce } from '../infra/jobs/job-runner.ts';
import { buildChangeNotice, type ChangeKind } from '../bot/messages/activity-notice-messages.ts';
import { activityDepsOf, type ActivityJobServices } from './activity-services.ts';

/**
 * One change notice (a cancellation, postponement or new date of a published activity), run once
 * per change id: it goes to exactly the people told of the activity before (every ledger batch
 * naming it, any job) and those registered, each once.
 */
export const activityChangeNoticeJob: JobDefinition<ActivityJobServices> = {
  name: 'activity-change',
  // Never scheduled: it runs with the change id as its period (sendChangeNotice), one run per change.
  periodOf: () => 'unscheduled',
  async run(deps, { now, period: changeId }) {
    const stored = (await ActivityModel.findOne({ 'history.changeId': changeId }).lean()) as StoredActivity | null;
    const change = stored?.history.find((entry) => entry.changeId === changeId);
    if (!stored || !change) return { recipients: 0 };
    const activityId = idOf(stored);
    const [offices, areas] = await Promise.all([deps.cases.offices(), deps.cases.areas()]);
    const view = toActivityView(stored, { areas, offices });
    const messages = buildChangeNotice(change.action as ChangeKind, view, { reason: change.reason ?? '', fromStartAt: change.fromStartAt ?? stored.startAt, fromEndAt: change.fromEndAt ?? stored.endAt }, { calendarUrl: activityDepsOf(deps).calendarUrl });
    const outcome = await runFanout({ outbox: deps.outbox, now: () => now }, {
      job: 'activity-change',
      period: changeId,
      plan: async (record) => {
        const batcher = createBatcher(record);
        // Those told of one activity: at most its area's subscribers, so one set of ids is small enough.
        const seen = new Set<string>();
        const tell = async (lineUserId: string) => {
          if (seen.has(lineUserId)) return;
          seen.add(lineUserId);
          await batcher.add([activityId], lineUserId, false, `change:${changeId}`);
        };
        for (const lineUserId of stored.registrants) await tell(lineUserId);
        for await (const lineUserId of toldOf(activityId)) await tell(lineUserId);
        const totals = await batcher.finish();
        return { recipients: totals.recipients, batches: totals.batches };
      },
      messagesFor: async () => messages,
    });
    await ActivityModel.updateOne({ _id: stored._id }, { $pull: { pendingNotices: changeId } });
    return outcome.summary;
  },
};

/** Sends one notice now (after staff made the change), under the run ledger's claim. */
export function sendChangeNotice(deps: ActivityJobServices, changeId: string, now: () => Date = () => new Date()) {
  return runJobOnce(activityChangeNoticeJob, deps, { period: changeId, trigger: 'manual', now, logger: deps.logger });
}

/** Hourly: finishes any notice a crash or an outage left unsent. */
export const activityChangesJob: JobDefinition<ActivityJobServices> = {
  name: 'activity-changes',
  periodOf: (at) => at.toISOString().slice(0, 13),
  async run(deps, { now }) {
    const pending = await ActivityModel.find({ 'pendingNotices.0': { $exists: true } }, { pendingNotices: 1 }).lean();
    let sent = 0;
    for (const changeId of pending.flatMap((activity) => activity.pendingNotices)) {
      const outcome = await sendChangeNotice(deps, changeId, () => now);
      if (outcome.status === 'ran') sent += 1;
    }
    return { pending: pending.length, sent };
  },
};
