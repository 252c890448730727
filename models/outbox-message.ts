import { Schema, model, type InferSchemaType } from 'mongoose';
import { leaseFields } from './lease-fields.ts';

export const OUTBOX_KINDS = ['reply', 'push', 'multicast'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'dead'] as const;

/**
 * One request to the Messaging API, kept until LINE has accepted it. `retryKey` is fixed when
 * the entry is created so every retry of a push or multicast carries the same X-Line-Retry-Key.
 * `dedupeKey` makes enqueueing idempotent when an inbox event is processed a second time.
 */
const outboxMessageSchema = new Schema(
  {
    dedupeKey: { type: String, required: true, unique: true },
    kind: { type: String, enum: OUTBOX_KINDS, required: true },
    replyToken: { type: String },
    replyTokenExpiresAt: { type: Date },
    to: { type: [String], required: true },
    /** The messages as JSON text, sent as is (messagesJsonOf below). */
    messagesJson: { type: String },
    /** Entries written before messagesJson kept the messages as documents. */
    messages: { type: [Schema.Types.Mixed], default: undefined },
    retryKey: { type: String, required: true },
    ...leaseFields(OUTBOX_STATUSES),
    lineRequestId: { type: String },
    sentAt: { type: Date },
    sentAs: { type: String, enum: OUTBOX_KINDS },
    /** Set by the first attempt: X-Line-Retry-Key is valid 24 h from then, so retries stop well before. */
    firstAttemptAt: { type: Date },
    /** Start of the current retry window (the first attempt, or the last re-drive). */
    retryingSince: { type: Date },
    /** An attempt got no definite answer (timeout, 5xx): LINE may have delivered it; a reply cannot be checked. */
    outcomeUnknown: { type: Boolean },
    /** Waiting out a LINE failure: due again at once when the circuit breaker sees LINE answer. */
    waitingForLine: { type: Boolean },
    /** `staff-alert`: the dead-letter notice itself (never alerted about, to avoid a loop). */
    purpose: { type: String },
    /** When staff were told this entry was dead-lettered. */
    alertedAt: { type: Date },
    redriveCount: { type: Number },
    /** Set when the entry is sent or dead; the TTL index removes it after the retention period. */
    expireAt: { type: Date },
  },
  { timestamps: true, minimize: false },
);

outboxMessageSchema.index({ status: 1, nextAttemptAt: 1 });
outboxMessageSchema.index({ expireAt: 1 }, { expireAfterSeconds: 0 });

/**
 * The entry's messages as the JSON text LINE is sent. Stored as text: a flex message is a tree of
 * a hundred nodes, which as a document the database would decode and encode again on every write
 * of the entry (its lease, its outcome) and the sender would turn back into JSON. Entries written
 * before hold `messages` as documents.
 */
export function messagesJsonOf(entry: { messagesJson?: string | null; messages?: unknown[] | null }): string {
  return entry.messagesJson ?? JSON.stringify(entry.messages ?? []);
}

export type OutboxMessage = InferSchemaType<typeof outboxMessageSchema>;
export const OutboxMessageModel = model('OutboxMessage', outboxMessageSchema, 'outbox_messages');
