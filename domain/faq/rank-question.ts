import { analyzeText } from './analyze.ts';
import type { AnalyzedText } from './analyzed-text.ts';
import { clauseWeights } from './clause-weights.ts';
import type { FaqIndex } from './faq-index.ts';
import { asksOpinion } from './function-words.ts';
import { resolveQueryTerms, type QueryTerm } from './query-terms.ts';
import { rerankSiblings } from './rerank-siblings.ts';
import { scoreEntries, type EntrySignals } from './score-entries.ts';
import type { FaqCandidate } from './types.ts';
import { strengthIn, unexplainedShare } from './unexplained-share.ts';

/** How the per-entry signals (each 0..1) add up to one score in 0..1. */
const SIGNAL_WEIGHTS = { coverage: 0.35, phrasing: 0.35, spelling: 0.15, keyword: 0.15 };
/**
 * The clauses that ask are also scored on their own; that score counts this much against the whole
 * message's, so a story around the question cannot sink the entry the question names.
 */
const FOCUS_SHARE = 0.9;

export type RankedCandidate = FaqCandidate & { signals: EntrySignals };

/** The ranking of one question and what the decision model reads from it. */
export interface RankedQuery {
  candidates: RankedCandidate[];
  terms: QueryTerm[];
  /** Share of the question's weight in words nothing in the knowledge base stands for. */
  unknownShare: number;
  /** Distinct question words the knowledge base knows (directly or by an expansion). */
  knownTerms: number;
  /** Share of the question the best candidate does not account for (see unexplainedShare). */
  unexplainedShare: number;
  clauseCount: number;
  /** The asking clauses alone rank the same entry first (true for a one-clause message). */
  focusAgrees: boolean;
  /** Share of the question's weight in words another agency's business names. */
  agencyShare: number;
  /** Those agencies, most weight first. */
  agencies: string[];
  /** Share of the question's weight in another agency's words that the best entry never speaks of. */
  agencyUnexplained: number;
  /** It asks which shop, brand or dish is best (function-words.ts asksOpinion). */
  asksOpinion: boolean;
}

function combine(signals: EntrySignals): number {
  return (
    SIGNAL_WEIGHTS.coverage * signals.coverage +
    SIGNAL_WEIGHTS.phrasing * signals.phrasing +
    SIGNAL_WEIGHTS.spelling * signals.spelling +
    SIGNAL_WEIGHTS.keyword * signals.keyword
  );
}

function rankView(index: FaqIndex, query: AnalyzedText, terms: QueryTerm[]): RankedCandidate[] {
  if (terms.length === 0) return [];
  return scoreEntries(index, query, terms)
    .map((signals) => ({ faqId: index.entries[signals.entry]?.id ?? '', score: combine(signals), signals }))
    .sort((a, b) => b.score - a.score);
}

/** Per entry the better of the whole message and its asking clauses (discounted). */
function mergeViews(whole: RankedCandidate[], focus: RankedCandidate[]): RankedCandidate[] {
  const best = new Map(whole.map((candidate) => [candidate.faqId, candidate]));
  for (const candidate of focus) {
    const score = candidate.score * FOCUS_SHARE;
    if (score > (best.get(candidate.faqId)?.score ?? 0)) best.set(candidate.faqId, { ...candidate, score });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

function agencyWeights(terms: QueryTerm[], total: number): { agencyShare: number; agencies: string[] } {
  const byAgency = new Map<string, number>();
  for (const term of terms) if (term.agency && !term.facet) byAgency.set(term.agency, (byAgency.get(term.agency) ?? 0) + term.weight);
  const share = [...byAgency.values()].reduce((sum, weight) => sum + weight, 0) / total;
  return { agencyShare: Math.min(1, share), agencies: [...byAgency].sort((a, b) => b[1] - a[1]).map(([agency]) => agency) };
}

/** Another agency's words the best entry does not speak of (ค่าไฟ beside tax payment) say the question is not ours. */
function agencyUnexplained(index: FaqIndex, terms: QueryTerm[], total: number, entry: number | undefined): number {
  let weight = 0;
  for (const term of terms) {
    if (!term.agency || term.facet) continue;
    // The entry speaks of it when a phrasing or its answer does (house-fire relief names the police report).
    const explained = entry !== undefined && term.matches.some((match) => strengthIn(index, match.id, entry) > 0);
    if (!explained) weight += term.weight;
  }
  return Math.min(1, weight / total);
}

const EMPTY: Omit<RankedQuery, 'terms' | 'clauseCount' | 'asksOpinion'> = {
  candidates: [],
  unknownShare: 1,
  knownTerms: 0,
  unexplainedShare: 1,
  focusAgrees: true,
  agencyShare: 0,
  agencies: [],
  agencyUnexplained: 0,
};

/** Every question gets a ranked list, best first, with what the decision needs to know about it. */
export function rankQuestion(index: FaqIndex, text: string): RankedQuery {
  const query = analyzeText(text, index.lexicon, index.speller);
  const terms = resolveQueryTerms(index, query);
  const total = terms.reduce((sum, term) => sum + term.weight, 0);
  const clauseCount = query.clauses.length;
  if (total === 0) return { ...EMPTY, terms, clauseCount, asksOpinion: asksOpinion(text) };
  const whole = rankView(index, query, terms);
  const focusWeights = clauseWeights(query, true);
  const focusTerms = focusWeights.some((weight) => weight > 0) ? resolveQueryTerms(index, query, focusWeights) : [];
  const focus = focusTerms.length > 0 ? rankView(index, query, focusTerms) : [];
  const candidates = rerankSiblings(index, terms, focus.length > 0 ? mergeViews(whole, focus) : whole);
  const unknown = terms.reduce((sum, term) => sum + (term.known ? 0 : term.weight), 0);
  const top = candidates[0];
  return {
    candidates,
    terms,
    unknownShare: unknown / total,
    knownTerms: terms.filter((term) => term.known && !term.facet).length,
    unexplainedShare: top ? unexplainedShare(index, terms, top.signals.entry) : 1,
    clauseCount,
    focusAgrees: focus.length === 0 || focus[0]?.faqId === top?.faqId,
    ...agencyWeights(terms, total),
    agencyUnexplained: agencyUnexplained(index, terms, total, top?.signals.entry),
    asksOpinion: asksOpinion(text),
  };
}
