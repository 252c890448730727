import { FaqEntryModel } from '../../models/faq-entry.ts';
import { UnansweredQuestionModel, type UnansweredReason } from '../../models/unanswered-question.ts';
import { normalizeText } from '../faq/normalize.ts';
import type { FaqCandidate } from '../faq/types.ts';

/**
 * Usage counters use $inc without touching updatedAt: the catalog fingerprints updatedAt, and
 * a villager reading an answer must not make every instance rebuild its index.
 */
export async function recordFaqShown(faqId: string): Promise<void> {
  await FaqEntryModel.updateOne({ faqId }, { $inc: { hitCount: 1 } }, { timestamps: false });
}

export async function recordFaqVote(faqId: string, helpful: boolean): Promise<void> {
  const field = helpful ? 'helpfulCount' : 'notHelpfulCount';
  await FaqEntryModel.updateOne({ faqId }, { $inc: { [field]: 1 } }, { timestamps: false });
}

/** Idempotent per source event, so a re-processed webhook event does not store the question twice. */
export async function recordUnansweredQuestion(input: {
  sourceEventId: string;
  text: string;
  lineUserId: string | undefined;
  bestGuess: FaqCandidate | null;
  reason: UnansweredReason;
  askedAt: Date;
}): Promise<string> {
  const stored = await UnansweredQuestionModel.findOneAndUpdate(
    { sourceEventId: input.sourceEventId },
    {
      $setOnInsert: {
        text: input.text,
        normalizedText: normalizeText(input.text),
        lineUserId: input.lineUserId,
        askedAt: input.askedAt,
        bestGuess: input.bestGuess,
        reason: input.reason,
        resolved: false,
      },
    },
    { upsert: true, returnDocument: 'after', projection: { _id: 1 } },
  ).lean();
  return String(stored!._id);
}

/** A villager took the message back: their question no longer waits for staff. */
export async function forgetQuestionsFromEvents(sourceEventIds: string[]): Promise<void> {
  if (sourceEventIds.length === 0) return;
  await UnansweredQuestionModel.deleteMany({ sourceEventId: { $in: sourceEventIds } });
}
