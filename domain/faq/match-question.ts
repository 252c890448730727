import { analyzeText } from './analyze.ts';
import type { FaqIndex } from './faq-index.ts';
import { resolveQueryTerms } from './query-terms.ts';
import { scoreEntries, type EntrySignals } from './score-entries.ts';
import type { FaqCandidate, FaqDecision, FaqMatch } from './types.ts';
import { unexplainedShare } from './unexplained-share.ts';

/** How the per-entry signals (each 0..1) add up to one score in 0..1. */
export const SIGNAL_WEIGHTS = { coverage: 0.35, phrasing: 0.35, spelling: 0.15, keyword: 0.15 };

/**
 * Calibrated on the dev set, tests/fixtures/faq-extra.jsonl, a set of hard out-of-scope questions and
 * leave-one-variant-out runs over the knowledge base (plain and without tone marks), counting a wrong
 * answer as twice as bad as an honest "clarify"/"none". The optimum is a broad plateau around these values.
 */
export const THRESHOLDS = {
  /** Below this the best candidate is not shown at all. */
  none: 0.32,
  /** At or above this (with the margin and known words below) the bot answers directly. */
  answer: 0.44,
  /** Lead the best must have over the runner-up to answer without asking. */
  margin: 0.08,
  /** When this share of the question (by weight) is words the knowledge base never uses, never answer directly. */
  unknownForAnswer: 0.55,
  unknownForNone: 0.8,
  /**
   * A close call is dropped as "none" when this share of the question (question words aside) is not
   * accounted for by the best entry: offering a topic the question barely touches is an error too.
   */
  unexplainedForNone: 0.5,
};

const MAX_ALTERNATIVES = 3;

export type RankedCandidate = FaqCandidate & { signals: EntrySignals };

export interface RankedQuery {
  candidates: RankedCandidate[];
  /** Share of the question's weight in words the knowledge base never uses. */
  unknownShare: number;
  /** Distinct question words the knowledge base knows. */
  knownTerms: number;
  /** Share of the question the best candidate does not account for (see unexplainedShare). */
  unexplainedShare: number;
}

function combine(signals: EntrySignals): number {
  return (
    SIGNAL_WEIGHTS.coverage * signals.coverage +
    SIGNAL_WEIGHTS.phrasing * signals.phrasing +
    SIGNAL_WEIGHTS.spelling * signals.spelling +
    SIGNAL_WEIGHTS.keyword * signals.keyword
  );
}

/** All candidates best first, with their signals (for diagnostics and evaluation). */
export function rankCandidates(index: FaqIndex, text: string): RankedQuery {
  const query = analyzeText(text, index.lexicon);
  const terms = resolveQueryTerms(index, query);
  const total = terms.reduce((sum, term) => sum + term.weight, 0);
  if (total === 0) return { candidates: [], unknownShare: 1, knownTerms: 0, unexplainedShare: 1 };
  const unknown = terms.reduce((sum, term) => sum + (term.known ? 0 : term.weight), 0);
  const candidates = scoreEntries(index, query, terms)
    .map((signals) => ({ faqId: index.entries[signals.entry]?.id ?? '', score: combine(signals), signals }))
    .sort((a, b) => b.score - a.score);
  return {
    candidates,
    unknownShare: unknown / total,
    knownTerms: terms.filter((term) => term.known).length,
    unexplainedShare: candidates[0] ? unexplainedShare(index, terms, candidates[0].signals.entry) : 1,
  };
}

/** A bare topic ("ภาษีที่ดิน") that several entries cover completely does not say which one is meant. */
function isUnderspecified(ranked: RankedQuery): boolean {
  const [first, second] = ranked.candidates;
  return ranked.knownTerms <= 1 && !!first && !!second && second.signals.coverage >= first.signals.coverage - 0.05;
}

function decide(ranked: RankedQuery): FaqDecision {
  const [first, second] = ranked.candidates;
  if (!first || first.score < THRESHOLDS.none || ranked.unknownShare >= THRESHOLDS.unknownForNone) return 'none';
  const margin = first.score - (second?.score ?? 0);
  const confident =
    first.score >= THRESHOLDS.answer &&
    margin >= THRESHOLDS.margin &&
    ranked.unknownShare < THRESHOLDS.unknownForAnswer &&
    !isUnderspecified(ranked);
  if (confident) return 'answer';
  return ranked.unexplainedShare >= THRESHOLDS.unexplainedForNone ? 'none' : 'clarify';
}

const publicCandidate = ({ faqId, score }: FaqCandidate): FaqCandidate => ({ faqId, score: Math.round(score * 1000) / 1000 });

/** Finds the FAQ entry that answers `text`, or says honestly that none does. Pure and synchronous. */
export function matchQuestion(index: FaqIndex, text: string): FaqMatch {
  return matchRanked(rankCandidates(index, text));
}

/** The decision for an already ranked question, for callers that also need the raw ranking. */
export function matchRanked(ranked: RankedQuery): FaqMatch {
  const decision = decide(ranked);
  const [first, ...rest] = ranked.candidates;
  if (decision === 'none' || !first) return { best: null, alternatives: [], decision: 'none' };
  const alternatives = rest.filter((candidate) => candidate.score >= THRESHOLDS.none).slice(0, MAX_ALTERNATIVES);
  return { best: publicCandidate(first), alternatives: alternatives.map(publicCandidate), decision };
}
