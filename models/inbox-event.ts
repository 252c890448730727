import { Schema, model, type InferSchemaType } from 'mongoose';
import { leaseFields } from './lease-fields.ts';

export const INBOX_STATUSES = ['pending', 'processing', 'done', 'dead'] as const;
export type InboxStatus = (typeof INBOX_STATUSES)[number];

/**
 * A LINE webhook event stored before the webhook answers 200. The unique `webhookEventId`
 * is what makes redeliveries harmless; the lease fields let several instances share the work.
 */
const inboxEventSchema = new Schema(
  {
    webhookEventId: { type: String, required: true, unique: true },
    type: { type: String, required: true },
    lineUserId: { type: String },
    eventTimestamp: { type: Date, required: true },
    isRedelivery: { type: Boolean, default: false },
    payload: { type: Schema.Types.Mixed, required: true },
    ...leaseFields(INBOX_STATUSES),
    /** Set while the event waits for an earlier event of the same user to finish. */
    waitingForEarlier: { type: Boolean },
    processedAt: { type: Date },
    /** Set when the event is finished; the TTL index removes it after the retention period. */
    expireAt: { type: Date },
  },
  { timestamps: true, minimize: false },
);

inboxEventSchema.index({ status: 1, nextAttemptAt: 1 });
inboxEventSchema.index({ lineUserId: 1, status: 1 });
inboxEventSchema.index({ expireAt: 1 }, { expireAfterSeconds: 0 });

export type InboxEvent = InferSchemaType<typeof inboxEventSchema>;
export const InboxEventModel = model('InboxEvent', inboxEventSchema, 'inbox_events');
