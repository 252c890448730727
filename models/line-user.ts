import { Schema, model, type InferSchemaType } from 'mongoose';

export const USER_ROLES = ['villager', 'officer', 'staff'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** A person who talks to the Official Account. Officers and staff act only within `laoCode`. */
const lineUserSchema = new Schema(
  {
    lineUserId: { type: String, required: true, unique: true },
    displayName: { type: String },
    pictureUrl: { type: String },
    language: { type: String },
    role: { type: String, enum: USER_ROLES, default: 'villager', required: true },
    laoCode: { type: String },
    active: { type: Boolean, default: true },
    followedAt: { type: Date },
    unfollowedAt: { type: Date },
    lastSeenAt: { type: Date },
  },
  { timestamps: true },
);

lineUserSchema.index({ role: 1, laoCode: 1 });

export type LineUser = InferSchemaType<typeof lineUserSchema>;
export const LineUserModel = model('LineUser', lineUserSchema, 'line_users');
