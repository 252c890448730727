import { Schema, model, type InferSchemaType } from 'mongoose';

/** Recipients are spread over this many buckets, so a fan-out reads them one bucket (one cursor) at a time. */
export const SUBSCRIPTION_BUCKETS = 64;

/**
 * One person's activity news: the area and topics a villager chose, and for officers their
 * office (subscribed by default). `stopped` by «เลิกรับข่าว» or by unfollowing: only the person
 * restarts it. Indexed by (status, bucket) so a segment streams from bounded cursors.
 */
const subscriptionSchema = new Schema(
  {
    lineUserId: { type: String, required: true, unique: true },
    status: { type: String, enum: ['active', 'stopped'], required: true },
    stoppedReason: { type: String, enum: ['opt-out', 'unfollow'] },
    area: { type: new Schema({ districtCode: { type: String, required: true }, subdistrictCode: { type: String } }, { _id: false }), default: null },
    /** Empty: every topic. */
    topics: { type: [String], default: [] },
    /** Set for officers and office admins: their office's whole schedule comes to them. */
    officeCode: { type: String },
    bucket: { type: Number, required: true },
    startedAt: { type: Date },
    stoppedAt: { type: Date },
  },
  { timestamps: true, minimize: false },
);

subscriptionSchema.index({ status: 1, bucket: 1 });
subscriptionSchema.index({ officeCode: 1, status: 1 });

export type SubscriptionDocument = InferSchemaType<typeof subscriptionSchema>;
export const SubscriptionModel = model('Subscription', subscriptionSchema, 'subscriptions');
