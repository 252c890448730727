import { matchQuestion } from '../../domain/faq/match-question.ts';
import { outOfScopeAgencyId, outOfScopeTopic } from '../../domain/conversation/small-talk.ts';
import { agencyById } from '../../domain/faq/decision/decide.ts';
import type { FaqCandidate, OtherAgency } from '../../domain/faq/types.ts';
import type { FaqCatalog } from '../../domain/knowledge-base/faq-catalog.ts';
import { recordUnansweredQuestion } from '../../domain/knowledge-base/faq-feedback.ts';
import { logFaqAsk, logFaqShown, type AskEvent } from '../../domain/reports/faq-ask-log.ts';
import type { TextResponder } from '../events/event-context.ts';
import { buildFaqAnswerMessages, buildFaqClarifyMessages, buildFaqNoAnswerMessages, type FaqChoice } from '../messages/faq-messages.ts';
import { buildOutOfScopeMessages } from '../messages/small-talk-messages.ts';
import { rememberFaqQuestion } from './faq-conversation.ts';
import type { ChatContext } from './responder.ts';

/**
 * Answers free text from the knowledge base. The matcher's decision and its `choices` drive what the
 * villager sees: the answer, «หมายถึงเรื่องนี้ใช่ไหมคะ» with up to 3 choices, or an honest no-answer
 * with the closest topics (and the agency that handles it, when the vocabulary knows). A short message
 * on a topic that is not ours (weather, lottery) gets a short «not ours», naming the agency the matcher
 * sees or the topic's own (data/chat/small-talk.json), and is not stored for staff.
 */
export function createFaqResponder(catalog: FaqCatalog): TextResponder {
  return async (context, text) => {
    const index = catalog.index();
    const outOfScope = outOfScopeTopic(text);
    if (outOfScope) {
      const named = index.entries.length > 0 ? matchQuestion(index, text).otherAgency : null;
      await context.reply(buildOutOfScopeMessages(outOfScope, named ?? agencyById(index.lexicon, outOfScopeAgencyId(outOfScope))));
      return true;
    }
    if (index.entries.length === 0) return false;
    const match = matchQuestion(index, text);
    const memory = { question: text, bestGuess: match.bestGuess };
    if (match.decision === 'answer' && match.faqId) {
      await logFaqAsk(askEvent(context), 'answered', match.faqId);
      await answerWith(context, catalog, match.faqId, memory);
      return true;
    }
    const choices = toChoices(catalog, match.choices);
    if (match.decision === 'clarify' && choices.length > 0) {
      await logFaqAsk(askEvent(context), 'clarify');
      await rememberFaqQuestion(context.services.conversations, context.lineUserId!, 'clarifying', memory);
      await context.reply(buildFaqClarifyMessages(choices));
      return true;
    }
    await logFaqAsk(askEvent(context), 'unanswered');
    await replyNoAnswer(context, catalog, { ...memory, closest: match.choices, otherAgency: match.otherAgency });
    return true;
  };
}

/** The event a question or a tap came in, for the dated log the 6-monthly report counts. */
export function askEvent(context: ChatContext): AskEvent {
  return { webhookEventId: context.webhookEventId, at: new Date(context.event.timestamp), lineUserId: context.lineUserId };
}

export async function answerWith(context: ChatContext, catalog: FaqCatalog, faqId: string, memory: { question: string; bestGuess: FaqCandidate | null }): Promise<void> {
  const entry = catalog.entry(faqId);
  if (!entry || !entry.enabled) {
    await replyNoAnswer(context, catalog, { ...memory, closest: [], otherAgency: null });
    return;
  }
  await logFaqShown(askEvent(context), faqId);
  if (context.lineUserId) await rememberFaqQuestion(context.services.conversations, context.lineUserId, 'answered', memory);
  await context.reply(buildFaqAnswerMessages(entry));
}

/** Stores the question for staff (once per event, even if the event is processed again) and says so. */
export async function replyNoAnswer(
  context: ChatContext,
  catalog: FaqCatalog,
  input: { question: string; bestGuess: FaqCandidate | null; closest: FaqCandidate[]; otherAgency: OtherAgency | null },
): Promise<void> {
  const unansweredId = await recordUnansweredQuestion({
    sourceEventId: context.webhookEventId,
    text: input.question,
    lineUserId: context.lineUserId,
    bestGuess: input.bestGuess ? { faqId: input.bestGuess.faqId, score: input.bestGuess.score } : null,
    reason: 'no-match',
    askedAt: new Date(context.event.timestamp),
  });
  await context.reply(buildFaqNoAnswerMessages({ closest: toChoices(catalog, input.closest), unansweredId, otherAgency: input.otherAgency }));
}

function toChoices(catalog: FaqCatalog, candidates: FaqCandidate[]): FaqChoice[] {
  return candidates.flatMap((candidate) => {
    const entry = catalog.entry(candidate.faqId);
    return entry?.enabled ? [{ faqId: entry.id, question: entry.question }] : [];
  });
}
