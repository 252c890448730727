import type { ExpansionLexicon } from '../expansion-lexicon.ts';
import type { RankedCandidate, RankedQuery } from '../rank-question.ts';
import type { FaqCandidate, FaqDecision, FaqMatch, OtherAgency } from '../types.ts';
import { decisionFeatures, isUnderspecified } from './decision-features.ts';
import { probability, standardize, type DecisionParameters } from './decision-model.ts';

const MAX_CHOICES = 3;
/** A choice scoring under this share of the best one is noise beside it, not an option. */
const CHOICE_SHARE_OF_BEST = 0.6;
/** The question names another agency's business strongly enough to say who handles it. */
const AGENCY_SHARE_TO_NAME = 0.25;

export interface Probabilities {
  /** P(the best-ranked entry is right). */
  answer: number;
  /** P(the right entry is among the first three). */
  choice: number;
}

export function decisionProbabilities(ranked: RankedQuery, model: DecisionParameters): Probabilities {
  const x = standardize(model, decisionFeatures(ranked));
  return { answer: probability(model.answer, x), choice: probability(model.choice, x) };
}

const rounded = ({ faqId, score }: FaqCandidate): FaqCandidate => ({ faqId, score: Math.round(score * 1000) / 1000 });

/** The options a «หมายถึง…» card (or a no-answer card's closest topics) shows for a ranking. */
export function choiceOptions(candidates: RankedCandidate[]): FaqCandidate[] {
  const best = candidates[0]?.score ?? 0;
  return candidates
    .slice(0, MAX_CHOICES)
    .filter((candidate) => candidate.score >= best * CHOICE_SHARE_OF_BEST)
    .map(rounded);
}

/** The agency of data/faq/agencies.th.json with this id, as a match names it. */
export function agencyById(lexicon: ExpansionLexicon, id: string | undefined): OtherAgency | null {
  const agency = id === undefined ? undefined : lexicon.agencies.get(id);
  return agency ? { id: agency.id, name: agency.name, contact: agency.contact } : null;
}

function otherAgency(ranked: RankedQuery, lexicon: ExpansionLexicon): OtherAgency | null {
  return ranked.agencyShare >= AGENCY_SHARE_TO_NAME ? agencyById(lexicon, ranked.agencies[0]) : null;
}

/** Rank always, decide once: one calibrated model turns the ranking into answer / clarify / none. */
export function decide(ranked: RankedQuery, model: DecisionParameters, lexicon: ExpansionLexicon): FaqMatch {
  const top = ranked.candidates[0];
  if (!top) return { decision: 'none', faqId: null, choices: [], bestGuess: null, confidence: 0, otherAgency: otherAgency(ranked, lexicon) };
  const p = decisionProbabilities(ranked, model);
  const { thresholds } = model;
  let decision: FaqDecision = 'none';
  // A bare topic that several entries cover equally (ภาษีที่ดิน) does not say which one is meant: ask.
  if (p.answer >= thresholds.answer && !isUnderspecified(ranked)) decision = 'answer';
  else if (p.choice >= thresholds.clarify) decision = 'clarify';
  const choices = decision === 'answer' ? [rounded(top)] : decision === 'clarify' || p.choice >= thresholds.closest ? choiceOptions(ranked.candidates) : [];
  return {
    decision,
    faqId: decision === 'answer' ? top.faqId : null,
    choices,
    bestGuess: rounded(top),
    confidence: Math.round(p.answer * 1000) / 1000,
    otherAgency: decision === 'answer' ? null : otherAgency(ranked, lexicon),
  };
}
