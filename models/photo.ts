import { Schema, model, type InferSchemaType, Types } from 'mongoose';

/**
 * A photo someone sent (with a case, a note or a result). The original bytes are kept for the
 * office that handles the case; everyone else sees `sharedFileId`, re-encoded without EXIF
 * (no GPS position, no camera serial).
 */
const photoSchema = new Schema(
  {
    ownerLineUserId: { type: String },
    originalFileId: { type: Types.ObjectId, required: true },
    sharedFileId: { type: Types.ObjectId, required: true },
    contentType: { type: String, required: true },
    bytes: { type: Number, required: true },
    width: { type: Number },
    height: { type: Number },
    /** Set once the photo belongs to a case, so access follows the case. */
    caseTicket: { type: String },
    /** The LINE message it came from, so a retried event stores it once. */
    sourceKey: { type: String },
  },
  { timestamps: true },
);

photoSchema.index({ sourceKey: 1 }, { unique: true, sparse: true });
photoSchema.index({ caseTicket: 1 });

export type PhotoDocument = InferSchemaType<typeof photoSchema> & { _id: Types.ObjectId };
export const PhotoModel = model('Photo', photoSchema, 'photos');
