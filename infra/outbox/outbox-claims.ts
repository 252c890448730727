import type { Types } from 'mongoose';
import { OutboxMessageModel, type OutboxMessage } from '../../models/outbox-message.ts';
import { createLeaseQueue } from '../workers/lease-queue.ts';
import { createBulkWriter } from '../workers/bulk-writer.ts';

export type ClaimedOutboxEntry = OutboxMessage & { _id: Types.ObjectId; createdAt?: Date };

// The retry key's 24 h run from the first attempt; a re-drive sets retryingSince later, which $min keeps.
const queue = createLeaseQueue<ClaimedOutboxEntry>(OutboxMessageModel, 'sending', ['firstAttemptAt', 'retryingSince']);
const writes = createBulkWriter(() => OutboxMessageModel.collection);

export type Retention = { sentMs: number; deadMs: number };

/** Claims due entries; the first claim stamps the first attempt. */
export async function claimOutboxEntries(owner: string, max: number, leaseMs: number, now = new Date()): Promise<ClaimedOutboxEntry[]> {
  return queue.claim({ owner, max, leaseMs, now });
}

const leased = (entry: ClaimedOutboxEntry) => ({ _id: entry._id, leaseOwner: entry.leaseOwner ?? '', status: 'sending' });

/** Group-committed: at full speed a sender finishes hundreds of entries a second. */
export async function markOutboxSent(
  entry: ClaimedOutboxEntry,
  details: { sentAs: string; lineRequestId: string | undefined; note?: string; retention: Retention },
): Promise<void> {
  const now = new Date();
  const set = {
    status: 'sent',
    sentAt: now,
    updatedAt: now,
    sentAs: details.sentAs,
    expireAt: new Date(now.getTime() + details.retention.sentMs),
    ...(details.lineRequestId ? { lineRequestId: details.lineRequestId } : {}),
    ...(details.note ? { lastError: details.note } : {}),
  };
  await writes.write({ updateOne: { filter: leased(entry), update: { $set: set, $unset: { leaseOwner: '', leaseUntil: '', waitingForLine: '' } } } });
}

export type RetryChanges = { kind?: 'push'; outcomeUnknown?: boolean; waitingForLine?: boolean };

export async function scheduleOutboxRetry(entry: ClaimedOutboxEntry, delayMs: number, lastError: string, changes: RetryChanges = {}): Promise<void> {
  await queue.retryLater(entry, delayMs, lastError, changes);
}

/** Gives entries back without counting an attempt: the breaker opened after they were claimed. */
export async function giveBackOutboxEntries(entries: ClaimedOutboxEntry[], delayMs: number): Promise<void> {
  await queue.postpone(entries, delayMs, { waitingForLine: true });
}

export async function markOutboxDead(entry: ClaimedOutboxEntry, reason: string, retention: Retention): Promise<void> {
  await queue.release(entry, 'dead', { lastError: reason, expireAt: new Date(Date.now() + retention.deadMs) });
}

/** LINE answers again: what waited out the failure is due at once (the rate limiter paces it). */
export async function releaseEntriesWaitingForLine(): Promise<number> {
  const result = await OutboxMessageModel.updateMany(
    { status: 'pending', waitingForLine: true },
    { $set: { nextAttemptAt: new Date() }, $unset: { waitingForLine: 1 } },
  );
  return result.modifiedCount;
}
