import { Schema, model, type InferSchemaType } from 'mongoose';

export const UNANSWERED_REASONS = ['no-match', 'not-helpful'] as const;
export type UnansweredReason = (typeof UNANSWERED_REASONS)[number];

const bestGuessSchema = new Schema({ faqId: { type: String, required: true }, score: { type: Number, required: true } }, { _id: false });

/** A question the bot could not answer well, kept so staff can add or improve FAQ entries. */
const unansweredQuestionSchema = new Schema(
  {
    /** The webhook event (or other source) that produced it: processing an event twice stores it once. */
    sourceEventId: { type: String },
    text: { type: String, required: true },
    normalizedText: { type: String, required: true },
    lineUserId: { type: String },
    askedAt: { type: Date, required: true, default: () => new Date() },
    bestGuess: { type: bestGuessSchema, default: null },
    reason: { type: String, enum: UNANSWERED_REASONS, required: true },
    resolved: { type: Boolean, default: false, required: true },
    resolvedFaqId: { type: String },
    /** Its group of questions asking the same thing (models/unanswered-group.ts), set when it is stored. */
    groupId: { type: Schema.Types.ObjectId },
  },
  { timestamps: true },
);

unansweredQuestionSchema.index({ resolved: 1, askedAt: -1 });
unansweredQuestionSchema.index({ sourceEventId: 1 }, { unique: true, sparse: true });
// The embedded server plans only with full (not sparse) indexes; without this one every store would scan the collection.
unansweredQuestionSchema.index({ sourceEventId: 1, reason: 1 });
unansweredQuestionSchema.index({ normalizedText: 1 });
unansweredQuestionSchema.index({ groupId: 1, askedAt: -1 });

export type UnansweredQuestion = InferSchemaType<typeof unansweredQuestionSchema>;
export const UnansweredQuestionModel = model('UnansweredQuestion', unansweredQuestionSchema, 'unanswered_questions');
