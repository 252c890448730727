import type { AnalyzedText } from './analyze.ts';
import { charNgrams } from './char-ngrams.ts';
import type { FaqIndex } from './faq-index.ts';
import type { QueryTerm } from './query-terms.ts';

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

/** Only this many entries (best by coverage + spelling) get the more expensive phrasing and keyword signals. */
const SHORTLIST_SIZE = 40;
/** Candidates far behind the leader cannot reach the shortlist's top; dropping them keeps large indexes fast. */
const PRUNE_BELOW_SHARE_OF_BEST = 0.35;
/** Trigrams in more than this share of all phrasings say almost nothing and would touch most of the index. */
const COMMON_GRAM_SHARE = 0.01;

/** Query words in more entries than this share select nobody; they only count once the shortlist is known. */
const COMMON_TERM_SHARE = 0.02;

function exactCoverage(index: FaqIndex, terms: QueryTerm[], entry: number): number {
  const strengths = index.entryTerms[entry];
  if (!strengths) return 0;
  let found = 0;
  let total = 0;
  for (const term of terms) {
    total += term.weight;
    let best = 0;
    for (const match of term.matches) best = Math.max(best, match.strength * (strengths.get(match.term) ?? 0));
    found += term.weight * best;
  }
  return total > 0 ? found / total : 0;
}

/**
 * Entries sharing a rare enough query word, with their exact coverage. Words found in most entries
 * (ผู้สูงอายุ in a big knowledge base) would touch nearly all of it, so they only score the survivors.
 */
function coverageByEntry(index: FaqIndex, terms: QueryTerm[]): Map<number, number> {
  const limit = Math.max(100, index.entries.length * COMMON_TERM_SHARE);
  const postings = terms.flatMap((term) => term.matches.map((match) => index.termPostings.get(match.term) ?? []));
  const selective = postings.filter((list) => list.length <= limit);
  const rarest = [...postings].sort((a, b) => a.length - b.length).slice(0, 1);
  const touched = new Set<number>();
  for (const list of selective.length > 0 ? selective : rarest) for (const entry of list) touched.add(entry);
  const coverage = new Map<number, number>();
  for (const entry of touched) coverage.set(entry, exactCoverage(index, terms, entry));
  return coverage;
}

/** Best trigram cosine per entry, accumulated from the gram postings into a typed array. */
function spellingByEntry(index: FaqIndex, query: AnalyzedText): Map<number, number> {
  const dots = new Float64Array(index.sentences.length);
  const touched: number[] = [];
  const commonLimit = Math.max(50, index.sentences.length * COMMON_GRAM_SHARE);
  let queryNorm = 0;
  for (const [gram, count] of charNgrams(query.surface)) {
    const weight = count * (index.gramIdf.get(gram) ?? 0);
    queryNorm += weight * weight;
    const postings = index.gramPostings.get(gram) ?? [];
    if (postings.length > commonLimit) continue;
    for (const posting of postings) {
      if (dots[posting.sentence] === 0) touched.push(posting.sentence);
      dots[posting.sentence] = (dots[posting.sentence] ?? 0) + weight * posting.weight;
    }
  }
  const scale = Math.sqrt(queryNorm) || 1;
  const spelling = new Map<number, number>();
  for (const sentence of touched) {
    const indexed = index.sentences[sentence];
    if (!indexed) continue;
    const score = (dots[sentence] ?? 0) / (scale * indexed.gramNorm);
    if (score > (spelling.get(indexed.entry) ?? 0)) spelling.set(indexed.entry, score);
  }
  return spelling;
}

function keywordHit(index: FaqIndex, entry: number, queryWords: ReadonlySet<string>): number {
  let best = 0;
  for (const keyword of index.keywordTerms[entry] ?? []) {
    const total = keyword.reduce((sum, term) => sum + (index.idf.get(term) ?? 0), 0);
    const found = keyword.reduce((sum, term) => sum + (queryWords.has(term) ? (index.idf.get(term) ?? 0) : 0), 0);
    if (total > 0) best = Math.max(best, found / total);
  }
  return best;
}

function phrasingCosine(index: FaqIndex, terms: QueryTerm[], queryNorm: number, sentence: number): number {
  const indexed = index.sentences[sentence];
  if (!indexed) return 0;
  let dot = 0;
  for (const term of terms) {
    let best = 0;
    for (const match of term.matches) {
      if (indexed.terms.has(match.term)) best = Math.max(best, match.strength * (index.idf.get(match.term) ?? 0));
    }
    dot += term.weight * best;
  }
  return Math.min(1, dot / (queryNorm * indexed.termNorm));
}

function shortlist(index: FaqIndex, terms: QueryTerm[], coverage: Map<number, number>, spelling: Map<number, number>): { entry: number; coverage: number; spelling: number }[] {
  const spelledLike = [...spelling].sort((a, b) => b[1] - a[1]).slice(0, SHORTLIST_SIZE).map(([entry]) => entry);
  const candidates = [...new Set([...coverage.keys(), ...spelledLike])].map((entry) => ({
    entry,
    coverage: coverage.get(entry) ?? exactCoverage(index, terms, entry),
    spelling: spelling.get(entry) ?? 0,
  }));
  const leader = Math.max(0, ...candidates.map((candidate) => candidate.coverage + candidate.spelling));
  return candidates
    .filter((candidate) => candidate.coverage + candidate.spelling >= leader * PRUNE_BELOW_SHARE_OF_BEST)
    .sort((a, b) => b.coverage + b.spelling - (a.coverage + a.spelling))
    .slice(0, SHORTLIST_SIZE);
}

/** Scores the entries that share a word or a trigram with the query; never scans the whole index. */
export function scoreEntries(index: FaqIndex, query: AnalyzedText, terms: QueryTerm[]): EntrySignals[] {
  const candidates = shortlist(index, terms, coverageByEntry(index, terms), spellingByEntry(index, query));
  const queryWords = new Set(terms.flatMap((term) => term.matches.filter((match) => match.strength === 1).map((match) => match.term)));
  const queryNorm = Math.sqrt(terms.reduce((sum, term) => sum + term.weight * term.weight, 0)) || 1;
  return candidates.map((candidate) => {
    const sentenceIds = index.entrySentences[candidate.entry] ?? [];
    const phrasing = Math.max(0, ...sentenceIds.map((id) => phrasingCosine(index, terms, queryNorm, id)));
    return { ...candidate, phrasing, keyword: keywordHit(index, candidate.entry, queryWords) };
  });
}
