import { ulid } from 'ulid';
import { ActivityModel } from '../../models/activity.ts';
import type { ActivityForm } from './activity-forms.ts';
import { ActivityRefusedError } from './activity-errors.ts';
import { findActivity, historyActor, type ActivityActor, type ActivityInput, type StoredActivity } from './activity-repository.ts';
import { planTransition, type ActivityCommand } from './activity-transitions.ts';
import { formToInput, type ActivityRefs } from './activity-validation.ts';

export type ActivityService = ReturnType<typeof createActivityService>;

export type ActivityServiceDeps = {
  refs: () => Promise<ActivityRefs>;
  now?: () => Date;
  /** Called after a change people must be told of was recorded (the notice job sends it). */
  onNotice?: (changeId: string) => void;
};

/** Staff use-cases on activities: create, edit, publish, cancel, postpone, reschedule, each recorded in the history. */
export function createActivityService(deps: ActivityServiceDeps) {
  const now = deps.now ?? (() => new Date());

  async function insert(input: ActivityInput, options: { publish: boolean; actor: ActivityActor; importKey?: string }): Promise<{ activity: StoredActivity; created: boolean }> {
    const at = now();
    const status = options.publish ? 'published' : 'draft';
    const importKey = options.importKey ?? `liff:${ulid()}`;
    const history = [{ at, actor: historyActor(options.actor), action: 'create' }, ...(options.publish ? [{ at, actor: historyActor(options.actor), action: 'publish' }] : [])];
    // Timestamps by hand: an upsert that finds the activity must not even touch its updatedAt.
    const result = await ActivityModel.updateOne({ importKey }, { $setOnInsert: { ...input, status, importKey, history, version: 0, createdAt: at, updatedAt: at } }, { upsert: true, timestamps: false });
    const activity = (await ActivityModel.findOne({ importKey }).lean()) as StoredActivity;
    return { activity, created: result.upsertedCount === 1 };
  }

  async function change(id: string, version: number | undefined, update: (stored: StoredActivity) => Record<string, unknown>): Promise<StoredActivity> {
    const stored = await findActivity(id);
    if (!stored) throw new ActivityRefusedError('not_found');
    if (version !== undefined && version !== stored.version) throw new ActivityRefusedError('changed_meanwhile');
    const updated = await ActivityModel.findOneAndUpdate({ _id: stored._id, version: stored.version }, { ...update(stored), $inc: { version: 1 } }, { returnDocument: 'after' }).lean();
    if (!updated) throw new ActivityRefusedError('changed_meanwhile');
    return updated as StoredActivity;
  }

  return {
    now,
    refs: deps.refs,
    insert,
    async create(input: { form: ActivityForm; publish: boolean; actor: ActivityActor }): Promise<StoredActivity> {
      return (await insert(formToInput(input.form, await deps.refs()), input)).activity;
    },
    async edit(input: { id: string; form: ActivityForm; version: number | undefined; actor: ActivityActor }): Promise<StoredActivity> {
      const next = formToInput(input.form, await deps.refs());
      return change(input.id, input.version, (stored) => {
        if (stored.status === 'cancelled') throw new ActivityRefusedError('not_allowed_now');
        const moved = next.startAt.getTime() !== stored.startAt.getTime() || next.endAt.getTime() !== stored.endAt.getTime();
        if (moved && stored.status !== 'draft') throw new ActivityRefusedError('use_reschedule');
        return { $set: next, $push: { history: { at: now(), actor: historyActor(input.actor), action: 'edit' } } };
      });
    },
    async command(input: { id: string; command: ActivityCommand; version?: number | undefined; actor: ActivityActor }): Promise<StoredActivity> {
      let changeId: string | undefined;
      const updated = await change(input.id, input.version, (stored) => {
        const plan = planTransition(stored, input.command, now());
        if (!plan) throw new ActivityRefusedError('not_allowed_now');
        changeId = plan.notify ? ulid() : undefined;
        const entry = historyEntry(stored, input.command, plan.times, historyActor(input.actor), now(), changeId);
        return {
          $set: { status: plan.status, ...(plan.times ?? {}) },
          $push: { history: entry, ...(changeId ? { pendingNotices: changeId } : {}) },
        };
      });
      if (changeId) deps.onNotice?.(changeId);
      return updated;
    },
  };
}

function historyEntry(stored: StoredActivity, command: ActivityCommand, times: { startAt: Date; endAt: Date } | undefined, actor: ReturnType<typeof historyActor>, at: Date, changeId: string | undefined) {
  return {
    at,
    actor,
    action: command.action,
    ...('reason' in command ? { reason: command.reason } : {}),
    ...(times ? { fromStartAt: stored.startAt, fromEndAt: stored.endAt, toStartAt: times.startAt, toEndAt: times.endAt } : {}),
    ...(changeId ? { changeId } : {}),
  };
}
