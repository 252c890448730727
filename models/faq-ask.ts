import { Schema, model, type InferSchemaType } from 'mongoose';

export const FAQ_ASK_OUTCOMES = ['answered', 'clarify', 'clarified', 'unanswered'] as const;
export type FaqAskOutcome = (typeof FAQ_ASK_OUTCOMES)[number];

/**
 * One question a villager typed and what the bot did with it, dated, so the 6-monthly report can
 * count per period: answered at once, asked back «หมายถึง…» (`clarify`, then `clarified` when a
 * choice was tapped or `unanswered` on «ไม่ใช่ทั้งหมด»), or not answered. `_id` is
 * `ask:<webhook event id>`, so a re-processed event records once.
 */
const faqAskSchema = new Schema(
  {
    _id: { type: String, required: true },
    askedAt: { type: Date, required: true },
    outcome: { type: String, enum: FAQ_ASK_OUTCOMES, required: true },
    faqId: { type: String },
    /** While «หมายถึง…» waits for a tap: a one-way hash of the asker, never the LINE id; removed when settled. */
    pendingFor: { type: String },
  },
  { versionKey: false },
);

faqAskSchema.index({ askedAt: 1 });
faqAskSchema.index({ pendingFor: 1, askedAt: -1 }, { sparse: true });

/** A 👍 or 👎 on an answer, dated; the entry's «ตรงคำถาม»/«ไม่ตรง» counts are counts of these. `_id` is `vote:<webhook event id>`. */
const faqVoteSchema = new Schema(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
    faqId: { type: String, required: true },
    helpful: { type: Boolean, required: true },
  },
  { versionKey: false },
);

faqVoteSchema.index({ at: 1 });
faqVoteSchema.index({ faqId: 1, helpful: 1 });

/**
 * An answer shown (typed question or tapped choice), once per webhook event: `_id` is
 * `shown:<webhook event id>`, so a re-processed event records once and the entry's «ตอบไป N ครั้ง»
 * is an indexed count of these. A tiny insert, where a counter on the entry rewrote the whole
 * entry (answer text and all) for every villager who read it.
 */
const faqShowSchema = new Schema(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
    faqId: { type: String, required: true },
  },
  { versionKey: false },
);

faqShowSchema.index({ faqId: 1 });

export type FaqAsk = InferSchemaType<typeof faqAskSchema>;
export const FaqAskModel = model('FaqAsk', faqAskSchema, 'faq_asks');
export const FaqVoteModel = model('FaqVote', faqVoteSchema, 'faq_votes');
export const FaqShowModel = model('FaqShow', faqShowSchema, 'faq_shows');
