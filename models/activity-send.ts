import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * The exactly-once ledger of activity pushes: one document per (job, period, segment, batch),
 * written with its recipients before the multicast is queued. A re-run finds its batches here and
 * queues only those not queued yet; who was told of an activity is read back from here.
 */
const activitySendSchema = new Schema(
  {
    _id: { type: String, required: true },
    job: { type: String, required: true },
    period: { type: String, required: true },
    /** The set of activities its recipients are told of (a hash of their ids), or a named segment. */
    segment: { type: String, required: true },
    batch: { type: Number, required: true },
    activityIds: { type: [String], default: [] },
    recipients: { type: [String], required: true },
    size: { type: Number, required: true },
    officers: { type: Number, default: 0 },
    status: { type: String, enum: ['planned', 'queued'], required: true },
    queuedAt: { type: Date },
  },
  { timestamps: true },
);

activitySendSchema.index({ job: 1, period: 1, segment: 1, batch: 1 }, { unique: true });
activitySendSchema.index({ job: 1, period: 1 });
activitySendSchema.index({ activityIds: 1 });

export type ActivitySendDocument = InferSchemaType<typeof activitySendSchema>;
export const ActivitySendModel = model('ActivitySend', activitySendSchema, 'activity_sends');

/** A fan-out's plan, complete once every batch is in the ledger; its quota figures go in the staff report. */
const activityPlanSchema = new Schema(
  {
    _id: { type: String, required: true },
    job: { type: String, required: true },
    period: { type: String, required: true },
    complete: { type: Boolean, default: false },
    summary: { type: Schema.Types.Mixed, default: {} },
  },
  { timestamps: true, minimize: false },
);

export const ActivityPlanModel = model('ActivityPlan', activityPlanSchema, 'activity_plans');
