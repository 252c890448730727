import type { PostbackRoute } from './postback-routes.ts';
import { recordUnansweredQuestion } from '../../domain/knowledge-base/faq-feedback.ts';
import { answerWith, askEvent, replyNoAnswer } from '../conversation/faq-responder.ts';
import { logFaqVote, settleClarifiedAsk } from '../../domain/reports/faq-ask-log.ts';
import { recallFaqQuestion } from '../conversation/faq-conversation.ts';
import { buildFaqRestMessages, buildFaqVoteThanksMessages } from '../messages/faq-messages.ts';
import { buildAskPromptMessages } from '../messages/service-messages.ts';
import { buildDigestActionMessages } from '../messages/faq-digest-messages.ts';
import { addFromDigest, skipFromDigest } from '../../domain/knowledge-base/digest-actions.ts';

/** A choice tapped on «หมายถึงเรื่องนี้ใช่ไหมคะ» or among the closest topics. */
export const answerChosenFaq: PostbackRoute = async (context, params) => {
  const { faqId } = params;
  if (!faqId || !context.lineUserId) return;
  const memory = await recallFaqQuestion(context.services.conversations, context.lineUserId);
  const catalog = context.services.faqCatalog;
  await settleClarifiedAsk(askEvent(context), faqId);
  await answerWith(context, catalog, faqId, memory ?? { question: catalog.entry(faqId)?.question ?? '', bestGuess: null });
};

/** 👍 counts for the entry; 👎 also hands the villager's question to staff. */
export const recordFaqFeedback: PostbackRoute = async (context, params) => {
  const { faqId, vote } = params;
  if (!faqId || (vote !== 'up' && vote !== 'down') || !context.lineUserId) return;
  const helpful = vote === 'up';
  await logFaqVote(askEvent(context), faqId, helpful);
  const memory = await recallFaqQuestion(context.services.conversations, context.lineUserId);
  const unansweredId = helpful || !memory
    ? undefined
    : await recordUnansweredQuestion({
        sourceEventId: context.webhookEventId,
        text: memory.question,
        lineUserId: context.lineUserId,
        bestGuess: { faqId, score: memory.bestGuess?.faqId === faqId ? memory.bestGuess.score : 0 },
        reason: 'not-helpful',
        askedAt: new Date(context.event.timestamp),
      });
  await context.reply(buildFaqVoteThanksMessages(helpful, unansweredId));
};

/** «ไม่ใช่ทั้งหมด»: none of the offered topics fits. */
export const rejectFaqChoices: PostbackRoute = async (context) => {
  if (!context.lineUserId) return;
  const memory = await recallFaqQuestion(context.services.conversations, context.lineUserId);
  if (!memory) {
    await context.reply(buildAskPromptMessages());
    return;
  }
  await settleClarifiedAsk(askEvent(context), null);
  await replyNoAnswer(context, context.services.faqCatalog, { ...memory, closest: [], otherAgency: null });
};

/** «เพิ่มเป็นคำถามของ …» on the staff digest; the role is checked on the server. */
export const addFaqFromDigest: PostbackRoute = async (context, params) => {
  const { g: groupId, f: faqId } = params;
  if (!groupId || !faqId) return;
  const result = await addFromDigest({ lineUserId: context.lineUserId, groupId, faqId });
  if (result.outcome === 'added') await context.services.faqCatalog.refresh();
  await context.reply(buildDigestActionMessages(result.outcome, 'title' in result ? result : undefined));
};

/** «ข้าม» on the staff digest. */
export const skipFaqFromDigest: PostbackRoute = async (context, params) => {
  if (!params.g) return;
  const result = await skipFromDigest({ lineUserId: context.lineUserId, groupId: params.g });
  await context.reply(buildDigestActionMessages(result.outcome, 'title' in result ? result : undefined));
};

/** «อ่านต่อ»: the rest of a long answer. */
export const showRestOfAnswer: PostbackRoute = async (context, params) => {
  const entry = params.faqId ? context.services.faqCatalog.entry(params.faqId) : undefined;
  if (entry?.enabled) await context.reply(buildFaqRestMessages(entry));
};
