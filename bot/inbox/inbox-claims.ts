import { InboxEventModel, type InboxEvent } from '../../models/inbox-event.ts';
import { createLeaseQueue } from '../workers/lease-queue.ts';

export type ClaimedInboxEvent = InboxEvent & { _id: unknown; createdAt: Date };

/**
 * A new event is due at its LINE timestamp (see inbox-store.ts), so claiming the item due first
 * takes the oldest event first even when LINE delivers out of order.
 */
const inbox = createLeaseQueue<ClaimedInboxEvent>(InboxEventModel, 'processing');

export const claimInboxEvent = inbox.claim;

export async function markInboxDone(event: ClaimedInboxEvent, retentionMs: number): Promise<void> {
  const now = Date.now();
  await inbox.release(event, 'done', { processedAt: new Date(now), expireAt: new Date(now + retentionMs) }, { lastError: 1 });
}

export async function scheduleInboxRetry(event: ClaimedInboxEvent, delayMs: number, lastError: string): Promise<void> {
  await inbox.retryLater(event, delayMs, lastError);
}

/** Dead letters keep no expiry: someone has to look at them. */
export async function markInboxDead(event: ClaimedInboxEvent, lastError: string): Promise<void> {
  await inbox.release(event, 'dead', { lastError });
}
