import type { Types } from 'mongoose';
import { InboxEventModel, type InboxEvent } from '../../models/inbox-event.ts';
import { createLeaseQueue } from '../../infra/workers/lease-queue.ts';

export type ClaimedInboxEvent = InboxEvent & { _id: Types.ObjectId; createdAt: Date };

/**
 * A new event is due at its LINE timestamp (see inbox-store.ts), so claiming the item due first
 * takes the oldest event first even when LINE delivers out of order.
 */
const inbox = createLeaseQueue<ClaimedInboxEvent>(InboxEventModel, 'processing');

export const claimInboxEvent = inbox.claim;

/** Returns how many of the same user's later events were waiting for this one and are now due. */
export async function markInboxDone(event: ClaimedInboxEvent, retentionMs: number): Promise<number> {
  const now = Date.now();
  await inbox.release(event, 'done', { processedAt: new Date(now), expireAt: new Date(now + retentionMs) }, { lastError: 1 });
  return releaseWaitingEvents(event);
}

/**
 * LINE may deliver a user's messages at once (or out of order), and several workers run in
 * parallel; answering the second message before the first would scramble the conversation.
 * An earlier event waiting for a retry holds the later ones back too, until it is done or dead.
 */
export async function hasEarlierUnfinishedEvent(event: ClaimedInboxEvent): Promise<boolean> {
  if (!event.lineUserId) return false;
  // An exact {lineUserId, status} index lookup: only the few unfinished events a person has are read, never their history.
  const earlier = await InboxEventModel.exists({
    lineUserId: event.lineUserId,
    status: { $in: ['pending', 'processing'] },
    // Events in one webhook can share a millisecond; then storage order decides, as it does for claims.
    $or: [
      { eventTimestamp: { $lt: event.eventTimestamp } },
      { eventTimestamp: event.eventTimestamp, _id: { $lt: event._id } },
    ],
  });
  return earlier !== null;
}

/**
 * Puts an event back until the earlier one finishes. The earlier event's finisher makes it due
 * at once (releaseWaitingEvents); `delayMs` is only the fallback if that signal is missed.
 */
export async function postponeInboxEvent(event: ClaimedInboxEvent, delayMs: number): Promise<void> {
  await inbox.postpone(event, delayMs, { waitingForEarlier: true });
}

async function releaseWaitingEvents(event: ClaimedInboxEvent): Promise<number> {
  if (!event.lineUserId) return 0;
  const result = await InboxEventModel.updateMany(
    { lineUserId: event.lineUserId, status: 'pending', waitingForEarlier: true },
    { $set: { nextAttemptAt: new Date() }, $unset: { waitingForEarlier: 1 } },
  );
  return result.modifiedCount;
}

export async function scheduleInboxRetry(event: ClaimedInboxEvent, delayMs: number, lastError: string): Promise<void> {
  await inbox.retryLater(event, delayMs, lastError);
}

/** Dead letters keep no expiry: someone has to look at them. */
export async function markInboxDead(event: ClaimedInboxEvent, lastError: string): Promise<number> {
  await inbox.release(event, 'dead', { lastError });
  return releaseWaitingEvents(event);
}
