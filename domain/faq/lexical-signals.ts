import type { AnalyzedText } from './analyzed-text.ts';
import { charNgrams } from './char-ngrams.ts';
import type { FaqIndex } from './faq-index.ts';
import { postingCount } from './posting-lists.ts';
import type { QueryTerm } from './query-terms.ts';

/** Trigrams in more than this share of all phrasings say almost nothing and would touch most of the index. */
const COMMON_GRAM_SHARE = 0.01;

function touch(index: FaqIndex, entry: number, touched: number[]): void {
  if (index.scratch.seen[entry]) return;
  index.scratch.seen[entry] = 1;
  touched.push(entry);
}

/** Adds the best match of one query word, for a word with several possible matches (exact and related). */
function addBestOfMatches(index: FaqIndex, term: QueryTerm, touched: number[]): void {
  const { coverage, termBest } = index.scratch;
  const { start, item, weight } = index.termPostings;
  const reached: number[] = [];
  for (const match of term.matches) {
    for (let at = start[match.id] ?? 0, end = start[match.id + 1] ?? 0; at < end; at++) {
      const entry = item[at] ?? 0;
      const value = match.strength * (weight[at] ?? 0);
      if ((termBest[entry] ?? 0) === 0) reached.push(entry);
      if (value > (termBest[entry] ?? 0)) termBest[entry] = value;
    }
  }
  for (const entry of reached) {
    touch(index, entry, touched);
    coverage[entry] = (coverage[entry] ?? 0) + term.weight * (termBest[entry] ?? 0);
    termBest[entry] = 0;
  }
}

/**
 * Accumulates into scratch.coverage, for every entry using a query word, the idf-weighted strength of
 * the words it shares with the query (divide by the total query weight for the share).
 */
export function accumulateCoverage(index: FaqIndex, terms: QueryTerm[], touched: number[]): void {
  const { coverage } = index.scratch;
  const { start, item, weight } = index.termPostings;
  for (const term of terms) {
    const [only, ...more] = term.matches;
    if (!only) continue;
    if (more.length > 0) {
      addBestOfMatches(index, term, touched);
      continue;
    }
    for (let at = start[only.id] ?? 0, end = start[only.id + 1] ?? 0; at < end; at++) {
      const entry = item[at] ?? 0;
      touch(index, entry, touched);
      coverage[entry] = (coverage[entry] ?? 0) + term.weight * (only.strength * (weight[at] ?? 0));
    }
  }
}

/** Accumulates into scratch.spelling each entry's best trigram cosine between the query and one of its phrasings. */
export function accumulateSpelling(index: FaqIndex, query: AnalyzedText, touched: number[]): void {
  const { sentenceDots: dots, spelling } = index.scratch;
  const { start, item, weight } = index.gramPostings;
  const commonLimit = Math.max(50, index.sentenceEntry.length * COMMON_GRAM_SHARE);
  const reached: number[] = [];
  let queryNorm = 0;
  for (const [gram, count] of charNgrams(query.surface)) {
    const id = index.gramIds.get(gram);
    const gramWeight = count * (id === undefined ? 0 : (index.gramIdf[id] ?? 0));
    queryNorm += gramWeight * gramWeight;
    if (id === undefined || postingCount(index.gramPostings, id) > commonLimit) continue;
    for (let at = start[id] ?? 0, end = start[id + 1] ?? 0; at < end; at++) {
      const sentence = item[at] ?? 0;
      if (dots[sentence] === 0) reached.push(sentence);
      dots[sentence] = (dots[sentence] ?? 0) + gramWeight * (weight[at] ?? 0);
    }
  }
  const scale = Math.sqrt(queryNorm) || 1;
  for (const sentence of reached) {
    const entry = index.sentenceEntry[sentence] ?? 0;
    const score = (dots[sentence] ?? 0) / (scale * (index.gramNorm[sentence] ?? 1));
    dots[sentence] = 0;
    if (score <= (spelling[entry] ?? 0)) continue;
    spelling[entry] = score;
    touch(index, entry, touched);
  }
}

/** Clears what the accumulators wrote, so the next query starts from zero. */
export function resetScratch(index: FaqIndex, touched: number[]): void {
  const { coverage, spelling, seen } = index.scratch;
  for (const entry of touched) {
    coverage[entry] = 0;
    spelling[entry] = 0;
    seen[entry] = 0;
  }
}
