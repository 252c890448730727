import { Schema, model, type InferSchemaType, Types } from 'mongoose';

export const CONSULTATION_STATUSES = ['waiting', 'active', 'ended'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

/**
 * A live conversation between a villager and Clinic Center staff. The record of what was said
 * is the case's history (kind `consultation`); this holds the live part: who answers, since when,
 * and the villager's last reply token, so a staff answer within the token's life is a free reply.
 */
const consultationSchema = new Schema(
  {
    ticket: { type: String, required: true, unique: true },
    villagerLineUserId: { type: String, required: true },
    topic: { type: String, required: true },
    status: { type: String, enum: CONSULTATION_STATUSES, required: true },
    staff: { type: new Schema({ lineUserId: String, name: String }, { _id: false }), default: null },
    openedAt: { type: Date, required: true },
    acceptedAt: { type: Date },
    endedAt: { type: Date },
    endedBy: { type: String, enum: ['villager', 'staff', 'idle'] },
    lastActivityAt: { type: Date, required: true },
    openedOutsideHours: { type: Boolean, default: false },
    lastReply: { type: new Schema({ token: String, receivedAt: Date }, { _id: false }), default: null },
    /** When staff were last told in LINE that the villager wrote: at most every few minutes. */
    staffNotifiedAt: { type: Date },
  },
  { timestamps: true },
);

consultationSchema.index({ status: 1, openedAt: 1 });
consultationSchema.index({ villagerLineUserId: 1, status: 1 });
consultationSchema.index({ status: 1, lastActivityAt: 1 });

export type ConsultationDocument = InferSchemaType<typeof consultationSchema> & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };
export const ConsultationModel = model('Consultation', consultationSchema, 'consultations');
