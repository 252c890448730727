import { Schema, model, type InferSchemaType } from 'mongoose';
import { ACTIVITY_AUDIENCES, ACTIVITY_STATUSES, ACTIVITY_TYPES, AREA_SCOPES } from '../domain/activities/activity-kinds.ts';

const actorSchema = new Schema({ lineUserId: { type: String }, role: { type: String, required: true }, name: { type: String } }, { _id: false });

/** One step of the change history: append-only. Cancellations and reschedules carry a `changeId` for their notice. */
const historyEntrySchema = new Schema(
  {
    at: { type: Date, required: true },
    actor: { type: actorSchema, required: true },
    action: { type: String, required: true },
    reason: { type: String },
    fromStartAt: { type: Date },
    fromEndAt: { type: Date },
    toStartAt: { type: Date },
    toEndAt: { type: Date },
    changeId: { type: String },
  },
  { _id: false },
);

/** Who an activity is for: the whole province, a district, a sub-district or one office's area. */
const areaSchema = new Schema({ scope: { type: String, enum: AREA_SCOPES, required: true }, code: { type: String } }, { _id: false });

const venueSchema = new Schema(
  {
    name: { type: String, required: true },
    address: { type: String },
    location: { type: new Schema({ latitude: Number, longitude: Number }, { _id: false }), default: null },
  },
  { _id: false },
);

/**
 * An activity of the monthly schedule (training, forum, meeting, exhibition, mobile-unit visit).
 * Seats are taken on this document (`registrants`, `registeredCount`) by one conditional update,
 * so concurrent taps can never overfill it. `pendingNotices` lists changes not yet told.
 */
const activitySchema = new Schema(
  {
    title: { type: String, required: true },
    description: { type: String, default: '' },
    topic: { type: String, required: true },
    type: { type: String, enum: ACTIVITY_TYPES, required: true },
    startAt: { type: Date, required: true },
    endAt: { type: Date, required: true },
    venue: { type: venueSchema, required: true },
    areas: { type: [areaSchema], default: [] },
    audience: { type: String, enum: ACTIVITY_AUDIENCES, required: true },
    /** null: no limit. */
    capacity: { type: Number, default: null },
    registrationOpen: { type: Boolean, default: true },
    registrants: { type: [String], default: [] },
    registeredCount: { type: Number, default: 0 },
    organiser: { type: String, required: true },
    status: { type: String, enum: ACTIVITY_STATUSES, required: true },
    /** Makes a CSV import idempotent: the same row is the same activity. */
    importKey: { type: String },
    pendingNotices: { type: [String], default: [] },
    version: { type: Number, default: 0 },
    history: { type: [historyEntrySchema], default: [] },
  },
  { timestamps: true, minimize: false },
);

activitySchema.index({ status: 1, startAt: 1 });
activitySchema.index({ startAt: 1 });
activitySchema.index({ importKey: 1 }, { unique: true, partialFilterExpression: { importKey: { $type: 'string' } } });
activitySchema.index({ pendingNotices: 1 });

export type ActivityDocument = InferSchemaType<typeof activitySchema>;
export const ActivityModel = model('Activity', activitySchema, 'activities');
