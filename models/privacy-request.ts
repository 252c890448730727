import { Schema, model, type InferSchemaType, Types } from 'mongoose';

/**
 * A person's request under the PDPA (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล): to see their data, or to have it
 * erased. Staff must act within the legal time (`dueAt`); the request itself is kept as the record
 * that it was handled, with the person's LINE id replaced by a pseudonym once they are erased.
 */
const privacyRequestSchema = new Schema(
  {
    number: { type: String, required: true, unique: true },
    lineUserId: { type: String, required: true },
    kind: { type: String, enum: ['access', 'erasure'], required: true },
    status: { type: String, enum: ['open', 'done', 'cancelled'], required: true },
    requestedAt: { type: Date, required: true },
    dueAt: { type: Date, required: true },
    handledAt: { type: Date },
    handledBy: { type: String },
    result: { type: Schema.Types.Mixed },
    requestKey: { type: String, required: true, unique: true },
  },
  { timestamps: true },
);

privacyRequestSchema.index({ status: 1, dueAt: 1 });
privacyRequestSchema.index({ lineUserId: 1, kind: 1, status: 1 });
// One open request per person and kind, whatever the request keys of two simultaneous asks.
privacyRequestSchema.index({ lineUserId: 1, kind: 1 }, { unique: true, partialFilterExpression: { status: 'open' }, name: 'one_open_per_kind' });

export type PrivacyRequestDocument = InferSchemaType<typeof privacyRequestSchema> & { _id: Types.ObjectId };
export const PrivacyRequestModel = model('PrivacyRequest', privacyRequestSchema, 'privacy_requests');
