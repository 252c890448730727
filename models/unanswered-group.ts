import { Schema, model, type InferSchemaType } from 'mongoose';

export const GROUP_STATUSES = ['open', 'resolved', 'dismissed'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

const bestGuessSchema = new Schema({ faqId: { type: String, required: true }, score: { type: Number, required: true } }, { _id: false });

/**
 * Unanswered questions that ask the same thing. A question joins a group when it is stored (see
 * domain/knowledge-base/unanswered-groups.ts), so the staff list is one indexed page read, never a
 * grouping pass over every open question.
 */
const unansweredGroupSchema = new Schema(
  {
    /** The first wording; staff see it as the group's title. */
    title: { type: String, required: true },
    normalizedTitle: { type: String, required: true },
    /** The title's content words (see question-signature.ts): what a new question is compared with. */
    content: { type: String, default: '' },
    /** MinHash band keys of the title's character trigrams: where a similar new question looks for its group. */
    bandKeys: { type: [String], default: [] },
    count: { type: Number, required: true, min: 0 },
    firstAskedAt: { type: Date, required: true },
    lastAskedAt: { type: Date, required: true },
    /** The latest few wordings. */
    examples: { type: [String], default: [] },
    bestGuess: { type: bestGuessSchema, default: null },
    status: { type: String, enum: GROUP_STATUSES, default: 'open', required: true },
    resolvedFaqId: { type: String },
    /** Most asked first, then most recent: zero-padded count, lastAskedAt and _id, so one index serves each page. */
    listKey: { type: String, required: true },
    /** The Bangkok day of the staff digest that showed it (see jobs/faq-digest.ts). */
    digestedOn: { type: String },
  },
  { timestamps: true },
);

unansweredGroupSchema.index({ status: 1, listKey: -1 });
unansweredGroupSchema.index({ status: 1, bandKeys: 1 });
unansweredGroupSchema.index({ status: 1, digestedOn: 1 });
unansweredGroupSchema.index({ digestedOn: 1 });

export type UnansweredGroup = InferSchemaType<typeof unansweredGroupSchema>;
export const UnansweredGroupModel = model('UnansweredGroup', unansweredGroupSchema, 'unanswered_groups');
