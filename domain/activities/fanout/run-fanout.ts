import type { messagingApi } from '@line/bot-sdk';
import type { Outbox } from '../../../infra/outbox/outbox.ts';
import type { PlannedBatch } from './batcher.ts';
import { completePlan, markQueued, planOf, plannedBatches, recordBatch, startPlan, type FanoutKey } from './send-ledger.ts';

export type FanoutSpec<Summary extends Record<string, unknown>> = FanoutKey & {
  /** Streams the recipients into batches, each recorded by `record` before anything is queued. */
  plan(record: (batch: PlannedBatch) => Promise<void>): Promise<Summary>;
  /** The messages for a segment (one carousel of its activities, a reminder…), or null to queue nothing. */
  messagesFor(segment: { segment: string; activityIds: string[] }): Promise<messagingApi.Message[] | null>;
};

export type FanoutOutcome<Summary> = { summary: Summary; queuedNow: number };

/**
 * Exactly once per (job, period, segment, batch): first the whole plan goes into the ledger, then
 * each planned batch is queued as one multicast whose dedupe key is its ledger id (so its retry
 * key is fixed) and marked queued. A run that died while planning plans again; one that died
 * while queueing finds the plan complete and queues only the batches not marked yet.
 */
export async function runFanout<Summary extends Record<string, unknown>>(deps: { outbox: Outbox; now: () => Date }, spec: FanoutSpec<Summary>): Promise<FanoutOutcome<Summary>> {
  const key = { job: spec.job, period: spec.period };
  let plan = await planOf(key);
  if (!plan?.complete) {
    await startPlan(key);
    const summary = await spec.plan((batch) => recordBatch(key, batch));
    await completePlan(key, summary);
    plan = { complete: true, summary };
  }
  const messages = new Map<string, messagingApi.Message[] | null>();
  let queuedNow = 0;
  for await (const batch of plannedBatches(key)) {
    const id = String(batch._id);
    if (!messages.has(batch.segment)) messages.set(batch.segment, await spec.messagesFor({ segment: batch.segment, activityIds: batch.activityIds }));
    const content = messages.get(batch.segment);
    if (content && content.length > 0) await deps.outbox.multicast({ dedupeKey: id, to: batch.recipients, messages: content });
    await markQueued(id, deps.now());
    queuedNow += 1;
  }
  return { summary: plan.summary as Summary, queuedNow };
}
