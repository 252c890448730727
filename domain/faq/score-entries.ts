import type { AnalyzedText } from './analyzed-text.ts';
import type { FaqIndex } from './faq-index.ts';
import { accumulateCoverage, accumulateSpelling, resetScratch } from './lexical-signals.ts';
import type { QueryTerm } from './query-terms.ts';
import { topK } from './top-k.ts';

/** Signals for one candidate entry, each in 0..1. */
export interface EntrySignals {
  entry: number;
  /** Share of the query's (idf-weighted) words found anywhere in the entry. */
  coverage: number;
  /** Best character-trigram cosine with one phrasing (typos, missing tone marks, odd segmentation). */
  spelling: number;
  /** Best cosine between the query words and one phrasing of the entry. */
  phrasing: number;
  /** Best share of one curated keyword phrase found in the query. */
  keyword: number;
}

/** A keyword term counts as present when the query has it, its correction, its concept or a component (not a broad hint). */
const KEYWORD_MATCH_STRENGTH = 0.6;
/** Only this many entries (best by coverage + spelling) get the more expensive phrasing and keyword signals. */
const SHORTLIST_SIZE = 40;
/** Candidates far behind the leader cannot reach the shortlist's top; dropping them keeps large indexes fast. */
const PRUNE_BELOW_SHARE_OF_BEST = 0.35;

function phrasingCosine(index: FaqIndex, terms: QueryTerm[], queryNorm: number, sentence: number): number {
  const sentenceTerms = index.sentenceTerms[sentence];
  if (!sentenceTerms) return 0;
  let dot = 0;
  for (const term of terms) {
    let best = 0;
    for (const match of term.matches) {
      if (sentenceTerms.includes(match.id)) best = Math.max(best, match.strength * (index.idf[match.id] ?? 0));
    }
    dot += term.weight * best;
  }
  return Math.min(1, dot / (queryNorm * (index.sentenceTermNorm[sentence] ?? 1)));
}

function bestPhrasing(index: FaqIndex, terms: QueryTerm[], queryNorm: number, entry: number): number {
  let best = 0;
  for (let sentence = index.entrySentenceStart[entry] ?? 0, end = index.entrySentenceStart[entry + 1] ?? 0; sentence < end; sentence++) {
    best = Math.max(best, phrasingCosine(index, terms, queryNorm, sentence));
  }
  return best;
}

function keywordHit(index: FaqIndex, entry: number, queryWords: ReadonlySet<number>): number {
  let best = 0;
  for (const keyword of index.keywords[entry] ?? []) {
    let found = 0;
    for (const id of keyword.terms) found += queryWords.has(id) ? (index.idf[id] ?? 0) : 0;
    if (keyword.totalIdf > 0) best = Math.max(best, found / keyword.totalIdf);
  }
  return best;
}

/** Entries within reach of the leader by coverage + spelling, the best SHORTLIST_SIZE of them. */
function shortlist(index: FaqIndex, touched: number[], totalWeight: number): { entry: number; coverage: number; spelling: number }[] {
  const { coverage, spelling } = index.scratch;
  const lexical = (entry: number): number => (coverage[entry] ?? 0) / totalWeight + (spelling[entry] ?? 0);
  let leader = 0;
  for (const entry of touched) leader = Math.max(leader, lexical(entry));
  const reachable = touched.filter((entry) => lexical(entry) >= leader * PRUNE_BELOW_SHARE_OF_BEST);
  return topK(reachable, lexical, SHORTLIST_SIZE).map((entry) => ({
    entry,
    coverage: (coverage[entry] ?? 0) / totalWeight,
    spelling: spelling[entry] ?? 0,
  }));
}

/** Scores the entries that share a word or a trigram with the query; never scans the whole index. */
export function scoreEntries(index: FaqIndex, query: AnalyzedText, terms: QueryTerm[]): EntrySignals[] {
  const touched: number[] = [];
  accumulateCoverage(index, terms, touched);
  accumulateSpelling(index, query, touched);
  const totalWeight = terms.reduce((sum, term) => sum + term.weight, 0) || 1;
  const candidates = shortlist(index, touched, totalWeight);
  resetScratch(index, touched);
  const queryWords = new Set(terms.flatMap((term) => term.matches.filter((match) => match.strength >= KEYWORD_MATCH_STRENGTH).map((match) => match.id)));
  const queryNorm = Math.sqrt(terms.reduce((sum, term) => sum + term.weight * term.weight, 0)) || 1;
  return candidates.map((candidate) => ({
    ...candidate,
    phrasing: bestPhrasing(index, terms, queryNorm, candidate.entry),
    keyword: keywordHit(index, candidate.entry, queryWords),
  }));
}
