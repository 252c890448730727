import { Schema, model, type InferSchemaType } from 'mongoose';

/** A registered person's 1–5 rating after an activity (read by the 6-monthly report). */
const activityRatingSchema = new Schema(
  {
    activityId: { type: String, required: true },
    lineUserId: { type: String, required: true },
    score: { type: Number, min: 1, max: 5, required: true },
    activityType: { type: String, required: true },
    activityEndAt: { type: Date, required: true },
  },
  { timestamps: true },
);

activityRatingSchema.index({ activityId: 1, lineUserId: 1 }, { unique: true });
activityRatingSchema.index({ activityEndAt: 1 });

export type ActivityRatingDocument = InferSchemaType<typeof activityRatingSchema>;
export const ActivityRatingModel = model('ActivityRating', activityRatingSchema, 'activity_ratings');

/** A villager's question to a mobile-unit visit, sent in advance; the visit team reads them on LIFF. */
const activityQuestionSchema = new Schema(
  {
    activityId: { type: String, required: true },
    lineUserId: { type: String, required: true },
    text: { type: String, required: true },
    requestKey: { type: String, required: true, unique: true },
  },
  { timestamps: true },
);

activityQuestionSchema.index({ activityId: 1, createdAt: 1 });

export type ActivityQuestionDocument = InferSchemaType<typeof activityQuestionSchema>;
export const ActivityQuestionModel = model('ActivityQuestion', activityQuestionSchema, 'activity_questions');
