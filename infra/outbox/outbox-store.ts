import { randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import type { messagingApi } from '@line/bot-sdk';
import { isDuplicateKeyError } from '../../db/is-duplicate-key-error.ts';
import { OutboxMessageModel, type OutboxKind } from '../../models/outbox-message.ts';
import { createBulkWriter } from '../workers/bulk-writer.ts';
import { MAX_MESSAGES_PER_REQUEST, MAX_MULTICAST_RECIPIENTS, chunk } from '../line/request-limits.ts';

export type NewOutboxEntry = {
  dedupeKey: string;
  kind: OutboxKind;
  to: string[];
  messages: messagingApi.Message[];
  replyToken?: string;
  replyTokenExpiresAt?: Date;
  /** `staff-alert` for the dead-letter notice (see dead-letter-alert.ts). */
  purpose?: 'staff-alert';
};

const writer = createBulkWriter(() => OutboxMessageModel.collection);

/** An entry written already leased to this process, which sends it at once instead of waiting for a claim. */
export type DirectLease = { owner: string; leaseMs: number };

/**
 * Stores one entry unless an entry with the same dedupeKey exists: processing the same inbox
 * event twice (after a crash) must not queue its messages twice. Returns the stored document, or
 * null when it existed already.
 */
export async function insertOutboxEntry(entry: NewOutboxEntry, now = new Date(), lease?: DirectLease): Promise<Record<string, unknown> | null> {
  const { messages, ...rest } = entry;
  const fields = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  const state = lease
    ? { status: 'sending', leaseOwner: lease.owner, leaseUntil: new Date(now.getTime() + lease.leaseMs), attempts: 1, firstAttemptAt: now, retryingSince: now }
    : { status: 'pending', attempts: 0 };
  // Made here, as the driver does for an insert: the entry and its id are known without reading the upsert's answer.
  const document = { _id: new Types.ObjectId(), ...fields, messagesJson: JSON.stringify(messages), retryKey: randomUUID(), ...state, nextAttemptAt: now, createdAt: now, updatedAt: now };
  try {
    // Group-committed: the entries of every event being processed at once share a round trip.
    const outcome = await writer.write({ updateOne: { filter: { dedupeKey: entry.dedupeKey }, update: { $setOnInsert: document }, upsert: true } });
    return outcome.upserted ? document : null;
  } catch (error) {
    if (isDuplicateKeyError(error)) return null;
    throw error;
  }
}

/** Splits into requests LINE accepts: ≤ 5 messages each, ≤ 500 multicast recipients each. */
export function planOutboxEntries(entry: NewOutboxEntry): NewOutboxEntry[] {
  const messageGroups = chunk(entry.messages, MAX_MESSAGES_PER_REQUEST);
  const recipientGroups =
    entry.kind === 'multicast' ? chunk(entry.to, MAX_MULTICAST_RECIPIENTS) : [entry.to];
  const planned: NewOutboxEntry[] = [];
  messageGroups.forEach((messages, messageIndex) => {
    recipientGroups.forEach((to, recipientIndex) => {
      // A reply token serves one request only; later groups of messages go by push.
      const useReply = entry.kind === 'reply' && messageIndex === 0;
      const kind: OutboxKind = entry.kind === 'reply' && !useReply ? 'push' : entry.kind;
      planned.push({
        dedupeKey: `${entry.dedupeKey}#${messageIndex}.${recipientIndex}`,
        kind,
        to,
        messages,
        ...(useReply ? { replyToken: entry.replyToken, replyTokenExpiresAt: entry.replyTokenExpiresAt } : {}),
        ...(entry.purpose ? { purpose: entry.purpose } : {}),
      });
    });
  });
  return planned;
}
