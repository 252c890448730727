import type { webhook } from '@line/bot-sdk';
import { matchRanked, rankCandidates } from '../../domain/faq/match-question.ts';
import type { FaqCandidate } from '../../domain/faq/types.ts';
import type { FaqCatalog } from '../../domain/knowledge-base/faq-catalog.ts';
import { recordFaqShown, recordUnansweredQuestion } from '../../domain/knowledge-base/faq-feedback.ts';
import type { EventContext, TextResponder } from '../events/event-context.ts';
import { buildFaqAnswerMessages, buildFaqClarifyMessages, buildFaqNoAnswerMessages, type FaqChoice } from '../messages/faq-messages.ts';
import { rememberFaqQuestion } from './faq-conversation.ts';

/** A topic this weak is noise, not a helpful "closest topic". */
const CLOSEST_TOPIC_FLOOR = 0.25;
const MAX_CLOSEST_TOPICS = 3;

/** Answers free text from the knowledge base: an answer, a «หมายถึง…» choice, or an honest no-answer. */
export function createFaqResponder(catalog: FaqCatalog): TextResponder {
  return async (context, text) => {
    const index = catalog.index();
    if (index.entries.length === 0) return false;
    // Ranked once: the decision and, when there is no answer, the closest topics come from it.
    const ranked = rankCandidates(index, text);
    const match = matchRanked(ranked);
    if (match.decision === 'answer' && match.best) {
      await answerWith(context, catalog, match.best.faqId, { question: text, bestGuess: match.best });
      return true;
    }
    if (match.decision === 'clarify' && match.best) {
      const choices = toChoices(catalog, [match.best, ...match.alternatives]);
      await rememberFaqQuestion(context.services.conversations, context.lineUserId!, 'clarifying', { question: text, bestGuess: match.best });
      await context.reply(buildFaqClarifyMessages(choices));
      return true;
    }
    const top = ranked.candidates.slice(0, MAX_CLOSEST_TOPICS).map(({ faqId, score }) => ({ faqId, score }));
    const closest = top.filter((candidate) => candidate.score >= CLOSEST_TOPIC_FLOOR);
    await replyNoAnswer(context, catalog, { question: text, bestGuess: top[0] ?? null, closest });
    return true;
  };
}

export async function answerWith(
  context: EventContext<webhook.MessageEvent> | EventContext<webhook.PostbackEvent>,
  catalog: FaqCatalog,
  faqId: string,
  memory: { question: string; bestGuess: FaqCandidate | null },
): Promise<void> {
  const entry = catalog.entry(faqId);
  if (!entry || !entry.enabled) {
    await replyNoAnswer(context, catalog, { ...memory, closest: [] });
    return;
  }
  await recordFaqShown(faqId);
  if (context.lineUserId) await rememberFaqQuestion(context.services.conversations, context.lineUserId, 'answered', memory);
  await context.reply(buildFaqAnswerMessages(entry));
}

/** Stores the question for staff (once per event, even if the event is processed again) and says so. */
export async function replyNoAnswer(
  context: EventContext<webhook.MessageEvent> | EventContext<webhook.PostbackEvent>,
  catalog: FaqCatalog,
  input: { question: string; bestGuess: FaqCandidate | null; closest: FaqCandidate[] },
): Promise<void> {
  const unansweredId = await recordUnansweredQuestion({
    sourceEventId: context.webhookEventId,
    text: input.question,
    lineUserId: context.lineUserId,
    bestGuess: input.bestGuess ? { faqId: input.bestGuess.faqId, score: input.bestGuess.score } : null,
    reason: 'no-match',
    askedAt: new Date(context.event.timestamp),
  });
  await context.reply(buildFaqNoAnswerMessages({ closest: toChoices(catalog, input.closest), unansweredId }));
}

function toChoices(catalog: FaqCatalog, candidates: FaqCandidate[]): FaqChoice[] {
  return candidates.flatMap((candidate) => {
    const entry = catalog.entry(candidate.faqId);
    return entry ? [{ faqId: entry.id, question: entry.question }] : [];
  });
}
