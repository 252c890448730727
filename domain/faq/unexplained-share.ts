import type { FaqIndex } from './faq-index.ts';
import { QUESTION_WORDS } from './function-words.ts';
import type { QueryTerm } from './query-terms.ts';

/** A concept (0.8), a component (0.6) or a corrected spelling counts as explained; a broad related hint or a word found only in the answer does not. */
const EXPLAINED_STRENGTH = 0.6;

/** The entry's strength for an index term: postings are in entry order, so a binary search finds it. */
export function strengthIn(index: FaqIndex, termId: number, entry: number): number {
  const { start, item, weight } = index.termPostings;
  let low = start[termId] ?? 0;
  let high = (start[termId + 1] ?? 0) - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = item[middle] ?? 0;
    if (found === entry) return weight[middle] ?? 0;
    if (found < entry) low = middle + 1;
    else high = middle - 1;
  }
  return 0;
}

const isQuestionOnly = (term: QueryTerm): boolean =>
  QUESTION_WORDS.has(term.term) || term.matches.some((match) => match.kind === 'translation' && QUESTION_WORDS.has(match.term));

/**
 * Share of the question's content weight (question words aside) that the entry's own phrasings do not
 * account for: words it never uses, or words the knowledge base uses only elsewhere. A question that
 * merely shares everyday words with an entry (ฝน/ตก with road repair) leaves most of itself unexplained.
 */
export function unexplainedShare(index: FaqIndex, terms: QueryTerm[], entry: number): number {
  let total = 0;
  let unexplained = 0;
  for (const term of terms) {
    if (isQuestionOnly(term)) continue;
    total += term.weight;
    // Only the entry's phrasings explain a word (strength 1 there); its answer merely mentions it.
    const explained = term.matches.some((match) => match.strength >= EXPLAINED_STRENGTH && strengthIn(index, match.id, entry) >= 1);
    if (!explained) unexplained += term.weight;
  }
  return total > 0 ? unexplained / total : 0;
}
