import { OutboxMessageModel, type OutboxMessage } from '../../models/outbox-message.ts';
import { createLeaseQueue } from '../workers/lease-queue.ts';

export type ClaimedOutboxEntry = OutboxMessage & { _id: unknown };

const outbox = createLeaseQueue<ClaimedOutboxEntry>(OutboxMessageModel, 'sending');

export const claimOutboxEntry = outbox.claim;

export async function markOutboxSent(
  entry: ClaimedOutboxEntry,
  details: { sentAs: string; lineRequestId: string | undefined; note?: string },
): Promise<void> {
  await outbox.release(entry, 'sent', {
    sentAt: new Date(),
    sentAs: details.sentAs,
    lineRequestId: details.lineRequestId,
    lastError: details.note,
  });
}

export async function scheduleOutboxRetry(
  entry: ClaimedOutboxEntry,
  delayMs: number,
  lastError: string,
  changes: { kind?: 'push' } = {},
): Promise<void> {
  await outbox.retryLater(entry, delayMs, lastError, changes);
}

export async function markOutboxDead(entry: ClaimedOutboxEntry, reason: string): Promise<void> {
  await outbox.release(entry, 'dead', { lastError: reason });
}
