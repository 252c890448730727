import { UnansweredQuestionModel, type UnansweredReason } from '../../models/unanswered-question.ts';
import { normalizeText } from '../faq/normalize.ts';
import type { FaqCandidate } from '../faq/types.ts';
import { assignToGroup, recountGroups } from './unanswered-groups.ts';

/**
 * Idempotent per source event, so a re-processed webhook event does not store the question twice; the
 * question joins its group here (again on a retry if the first attempt stopped before that).
 */
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
    { upsert: true, returnDocument: 'after', projection: { _id: 1, groupId: 1 } },
  ).lean();
  if (!stored!.groupId) await assignToGroup({ questionId: stored!._id, text: input.text, askedAt: input.askedAt, bestGuess: input.bestGuess });
  return String(stored!._id);
}

/** A villager took the message back: their question no longer waits for staff, nor stays in its group's examples. */
export async function forgetQuestionsFromEvents(sourceEventIds: string[]): Promise<void> {
  if (sourceEventIds.length === 0) return;
  const filter = { sourceEventId: { $in: sourceEventIds } };
  const groups = await UnansweredQuestionModel.find(filter, { groupId: 1 }).lean();
  await UnansweredQuestionModel.deleteMany(filter);
  await recountGroups([...new Map(groups.flatMap((q) => (q.groupId ? [[String(q.groupId), q.groupId] as const] : []))).values()]);
}
