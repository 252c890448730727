import { Schema, model, type InferSchemaType } from 'mongoose';

/** officer and office-admin belong to one local office; staff (Clinic Center) and admin work across all. */
export const USER_ROLES = ['villager', 'officer', 'office-admin', 'staff', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** A person who talks to the Official Account. Officers act only within `officeCode`. */
const lineUserSchema = new Schema(
  {
    lineUserId: { type: String, required: true, unique: true },
    displayName: { type: String },
    pictureUrl: { type: String },
    language: { type: String },
    role: { type: String, enum: USER_ROLES, default: 'villager', required: true },
    officeCode: { type: String },
    active: { type: Boolean, default: true },
    followedAt: { type: Date },
    unfollowedAt: { type: Date },
    lastSeenAt: { type: Date },
  },
  { timestamps: true },
);

lineUserSchema.index({ role: 1, officeCode: 1 });

export type LineUser = InferSchemaType<typeof lineUserSchema>;
export const LineUserModel = model('LineUser', lineUserSchema, 'line_users');
