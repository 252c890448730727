import { createHash } from 'node:crypto';
import { FaqAskModel, FaqShowModel, FaqVoteModel, type FaqAskOutcome } from '../../models/faq-ask.ts';
import { createBulkWriter } from '../../infra/workers/bulk-writer.ts';

/** The webhook event a question or vote came in; its id makes every write here idempotent. */
export type AskEvent = { webhookEventId: string; at: Date; lineUserId: string | undefined };

/** «หมายถึง…» is remembered for the conversation's life (30 minutes by default); a tap later belongs to no question. */
const PENDING_MS = 60 * 60_000;

/** Pseudonymous: enough to find this person's pending «หมายถึง…», useless for anything else. */
function askerKey(lineUserId: string): string {
  return createHash('sha256').update(`faq-ask:${lineUserId}`).digest('base64url').slice(0, 22);
}

/** Nearly every question is logged: the questions being answered at once share one write (the values are already of the schema's types). */
const asks = createBulkWriter(() => FaqAskModel.collection);

/** Records what the bot did with a typed question, once per event. */
export async function logFaqAsk(event: AskEvent, outcome: Exclude<FaqAskOutcome, 'clarified'>, faqId?: string): Promise<void> {
  const pendingFor = outcome === 'clarify' && event.lineUserId ? askerKey(event.lineUserId) : undefined;
  await asks.write<{ _id: string }>({
    updateOne: {
      filter: { _id: `ask:${event.webhookEventId}` },
      update: { $setOnInsert: { askedAt: event.at, outcome, ...(faqId ? { faqId } : {}), ...(pendingFor ? { pendingFor } : {}) } },
      upsert: true,
    },
  });
}

/**
 * The villager answered «หมายถึง…»: a tapped choice makes the latest pending question `clarified`,
 * «ไม่ใช่ทั้งหมด» (faqId null) makes it `unanswered`. A second tap finds nothing pending and changes nothing.
 */
export async function settleClarifiedAsk(event: AskEvent, faqId: string | null): Promise<void> {
  if (!event.lineUserId) return;
  const outcome: FaqAskOutcome = faqId ? 'clarified' : 'unanswered';
  await FaqAskModel.findOneAndUpdate(
    { pendingFor: askerKey(event.lineUserId), outcome: 'clarify', askedAt: { $gte: new Date(event.at.getTime() - PENDING_MS) } },
    { $set: { outcome, ...(faqId ? { faqId } : {}) }, $unset: { pendingFor: 1 } },
    { sort: { askedAt: -1 } },
  );
}

/** Nearly every answer is logged as shown too: the answers being sent at once share one write. */
const shows = createBulkWriter(() => FaqShowModel.collection);

/** An answer the villager was shown, once per event. */
export async function logFaqShown(event: AskEvent, faqId: string): Promise<void> {
  await shows.write<{ _id: string }>({ updateOne: { filter: { _id: `shown:${event.webhookEventId}` }, update: { $setOnInsert: { at: event.at, faqId } }, upsert: true } });
}

export async function logFaqVote(event: AskEvent, faqId: string, helpful: boolean): Promise<void> {
  await FaqVoteModel.updateOne({ _id: `vote:${event.webhookEventId}` }, { $setOnInsert: { at: event.at, faqId, helpful } }, { upsert: true });
}

/** Retention: a «หมายถึง…» nobody answered in time never will be; its asker link goes. */
export async function forgetStalePendingAsks(now: Date): Promise<number> {
  const result = await FaqAskModel.updateMany({ pendingFor: { $exists: true }, askedAt: { $lt: new Date(now.getTime() - PENDING_MS) } }, { $unset: { pendingFor: 1 } });
  return result.modifiedCount;
}
