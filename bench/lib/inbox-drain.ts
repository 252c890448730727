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

/** Ids looked up per query: a bounded answer, so the check does not swell the bot's own memory. */
const LOOKUP_CHUNK = 1_000;

/**
 * Every event the bot answered 2xx must be stored: looked up by the unique webhookEventId in
 * chunks. `before` are the inbox counts when the runs began (index counts, like the drain's);
 * stored events nobody saw answered are the requests still in flight when autocannon stopped.
 */
export async function checkNothingLost(before: InboxCounts, acceptedEventIds: readonly string[]): Promise<LossCheck> {
  let found = 0;
  for (let start = 0; start < acceptedEventIds.length; start += LOOKUP_CHUNK) {
    const chunk = acceptedEventIds.slice(start, start + LOOKUP_CHUNK);
    found += await InboxEventModel.countDocuments({ webhookEventId: { $in: chunk } });
  }
  const stored = (await countInbox()).stored - before.stored;
  const accepted = acceptedEventIds.length;
  return { accepted, stored, lost: accepted - found, unacknowledged: stored - found };
}
