import { setTimeout as sleep } from 'node:timers/promises';
import { InboxEventModel, INBOX_STATUSES, type InboxStatus } from '../../models/inbox-event.ts';

export type InboxCounts = Record<InboxStatus, number> & { stored: number };
export type DrainResult = {
  drained: boolean;
  drainMs: number;
  counts: InboxCounts;
  /** Events finished (done or dead) while waiting, per second: the inbox's processing rate. */
  finishedPerSecond: number;
};

const POLL_MS = 200;

/**
 * Counts inbox events by status with one indexed count per status: an aggregate over the whole
 * collection, polled every 200 ms, would itself load the database it is measuring.
 */
export async function countInbox(): Promise<InboxCounts> {
  const counts = { stored: 0, pending: 0, processing: 0, done: 0, dead: 0 } satisfies InboxCounts;
  for (const status of INBOX_STATUSES) counts[status] = await InboxEventModel.countDocuments({ status });
  counts.stored = INBOX_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  return counts;
}

const finishedOf = (counts: InboxCounts) => counts.done + counts.dead;

/** Waits until no event is pending or processing, or until `timeoutMs`; the rate counts events finished meanwhile. */
export async function waitForInboxDrained(timeoutMs: number, startCounts?: InboxCounts): Promise<DrainResult> {
  const started = performance.now();
  const finishedAtStart = finishedOf(startCounts ?? (await countInbox()));
  for (;;) {
    const counts = await countInbox();
    const drainMs = performance.now() - started;
    const drained = counts.pending + counts.processing === 0;
    if (drained || drainMs >= timeoutMs) {
      const finishedPerSecond = drainMs > 0 ? ((finishedOf(counts) - finishedAtStart) * 1000) / drainMs : 0;
      return { drained, drainMs, counts, finishedPerSecond };
    }
    await sleep(POLL_MS);
  }
}

export type LossCheck = { accepted: number; stored: number; lost: number; unacknowledged: number };

/**
 * Every event the bot answered 2xx must be stored. Stored events nobody saw answered are the
 * requests still in flight when autocannon stopped counting.
 */
export async function checkNothingLost(since: Date, acceptedEventIds: readonly string[]): Promise<LossCheck> {
  const stored = await InboxEventModel.find({ createdAt: { $gte: since } }, { webhookEventId: 1, _id: 0 }).lean();
  const storedIds = new Set(stored.map((event) => event.webhookEventId));
  const lost = acceptedEventIds.filter((id) => !storedIds.has(id)).length;
  const accepted = acceptedEventIds.length;
  return { accepted, stored: storedIds.size, lost, unacknowledged: storedIds.size - (accepted - lost) };
}

/**
 * After the webhook-tier run: every accepted event must be stored; then they are removed
 * unprocessed, because processing tens of thousands of them would take minutes and the
 * processing rate is measured by the later runs and their drains.
 */
export async function verifyAndClearWebhookTierEvents(since: Date, acceptedEventIds: readonly string[]): Promise<LossCheck> {
  const loss = await checkNothingLost(since, acceptedEventIds);
  await InboxEventModel.deleteMany({ createdAt: { $gte: since } });
  return loss;
}
