import { FaqEntryModel } from '../../models/faq-entry.ts';
import { createBulkWriter } from '../../infra/workers/bulk-writer.ts';
import { UnansweredQuestionModel, type UnansweredReason } from '../../models/unanswered-question.ts';
import { normalizeText } from '../faq/normalize.ts';
import type { FaqCandidate } from '../faq/types.ts';
import { assignToGroup, recountGroups } from './unanswered-groups.ts';

/**
 * A counter counts once per webhook event even when the event is processed again: the event id goes
 * into the entry's short list of counted events in the same single-document update as the $inc, so
 * there is no moment where one is written without the other. The list keeps the latest
 * COUNTED_EVENTS_KEPT ids, far more than an entry is counted while a retry is pending.
 * Counters never touch updatedAt: the catalog fingerprints it, and a villager reading an answer must
 * not make every instance rebuild its index.
 */
export const COUNTED_EVENTS_KEPT = 200;

/** Every answer shown counts: the answers being sent at once share one write (no timestamps, so nothing for mongoose to add). */
const counters = createBulkWriter(() => FaqEntryModel.collection);

async function countOnce(faqId: string, field: 'hitCount' | 'helpfulCount' | 'notHelpfulCount', eventKey: string): Promise<void> {
  await counters.write<{ faqId: string; countedEvents: string[] } & Record<typeof field, number>>({
    updateOne: {
      filter: { faqId, countedEvents: { $ne: eventKey } },
      update: { $inc: { [field]: 1 }, $push: { countedEvents: { $each: [eventKey], $slice: -COUNTED_EVENTS_KEPT } } },
    },
  });
}

export async function recordFaqShown(faqId: string, webhookEventId: string): Promise<void> {
  await countOnce(faqId, 'hitCount', `shown:${webhookEventId}`);
}

export async function recordFaqVote(faqId: string, helpful: boolean, webhookEventId: string): Promise<void> {
  await countOnce(faqId, helpful ? 'helpfulCount' : 'notHelpfulCount', `vote:${webhookEventId}`);
}

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
