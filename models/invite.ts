import { Schema, model, type InferSchemaType } from 'mongoose';

/** A one-time code staff give an officer, so the officer can bind their LINE account to an office. */
const inviteSchema = new Schema(
  {
    code: { type: String, required: true, unique: true },
    officeCode: { type: String, required: true },
    role: { type: String, enum: ['officer', 'office-admin', 'staff'], required: true },
    createdBy: { type: String },
    expiresAt: { type: Date, required: true },
    usedBy: { type: String, default: null },
    usedAt: { type: Date, default: null },
  },
  { timestamps: true },
);

inviteSchema.index({ officeCode: 1, createdAt: -1 });

export type InviteDocument = InferSchemaType<typeof inviteSchema>;
export const InviteModel = model('Invite', inviteSchema, 'invites');
