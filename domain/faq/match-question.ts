import { decide } from './decision/decide.ts';
import type { DecisionParameters } from './decision/decision-model.ts';
import { shippedDecisionModel } from './decision/shipped-model.ts';
import type { FaqIndex } from './faq-index.ts';
import { rankQuestion, type RankedQuery } from './rank-question.ts';
import type { FaqMatch } from './types.ts';

export { rankQuestion, type RankedCandidate, type RankedQuery } from './rank-question.ts';

/** The decision for an already ranked question, for callers that also need the raw ranking. */
export function matchRanked(index: FaqIndex, ranked: RankedQuery, model: DecisionParameters = shippedDecisionModel()): FaqMatch {
  return decide(ranked, model, index.lexicon);
}

/** Finds the FAQ entry that answers `text`, offers choices, or says honestly that none does. Pure and synchronous. */
export function matchQuestion(index: FaqIndex, text: string, model: DecisionParameters = shippedDecisionModel()): FaqMatch {
  return matchRanked(index, rankQuestion(index, text), model);
}
