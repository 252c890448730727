import { ActivityPlanModel, ActivitySendModel } from '../../../models/activity-send.ts';
import type { PlannedBatch } from './batcher.ts';

export type FanoutKey = { job: string; period: string };

export function batchId(key: FanoutKey, segment: string, batch: number): string {
  return `${key.job}:${key.period}:${segment}:${batch}`;
}

function planId(key: FanoutKey): string {
  return `${key.job}:${key.period}`;
}

export async function planOf(key: FanoutKey): Promise<{ complete: boolean; summary: Record<string, unknown> } | null> {
  const plan = await ActivityPlanModel.findById(planId(key)).lean();
  return plan ? { complete: plan.complete === true, summary: (plan.summary ?? {}) as Record<string, unknown> } : null;
}

/**
 * A plan cut short by a crash queued nothing yet (queueing starts once the plan is complete), so
 * its batches are dropped and planned again from the data as it is now.
 */
export async function startPlan(key: FanoutKey): Promise<void> {
  await ActivitySendModel.deleteMany({ job: key.job, period: key.period, status: 'planned' });
  await ActivityPlanModel.updateOne({ _id: planId(key) }, { $set: { job: key.job, period: key.period, complete: false } }, { upsert: true });
}

/** Written before anything is queued; the unique (job, period, segment, batch) index refuses a second copy. */
export async function recordBatch(key: FanoutKey, batch: PlannedBatch): Promise<void> {
  await ActivitySendModel.create({ _id: batchId(key, batch.segment, batch.batch), ...key, ...batch, size: batch.recipients.length, status: 'planned' });
}

export async function completePlan(key: FanoutKey, summary: Record<string, unknown>): Promise<void> {
  await ActivityPlanModel.updateOne({ _id: planId(key) }, { $set: { complete: true, summary } });
}

/** The batches still to queue, in a stable order. */
export function plannedBatches(key: FanoutKey) {
  return ActivitySendModel.find({ job: key.job, period: key.period, status: 'planned' }).sort({ _id: 1 }).lean().cursor({ batchSize: 20 });
}

export async function markQueued(id: string, now: Date): Promise<void> {
  await ActivitySendModel.updateOne({ _id: id }, { $set: { status: 'queued', queuedAt: now } });
}

/** Every batch of a fan-out (ids and sizes only), for the delivery report. */
export async function batchesOf(key: FanoutKey): Promise<{ id: string; size: number; officers: number }[]> {
  const batches = await ActivitySendModel.find({ job: key.job, period: key.period }, { size: 1, officers: 1 }).lean();
  return batches.map((batch) => ({ id: String(batch._id), size: batch.size, officers: batch.officers ?? 0 }));
}

/** Everyone a ledger says was told of an activity (any job), one ledger batch at a time. */
export async function* toldOf(activityId: string): AsyncGenerator<string> {
  for await (const batch of ActivitySendModel.find({ activityIds: activityId }, { recipients: 1 }).lean().cursor({ batchSize: 10 })) {
    yield* batch.recipients;
  }
}
