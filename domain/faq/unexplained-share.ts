import type { FaqIndex } from './faq-index.ts';
import { QUESTION_WORDS } from './lexicon/index.ts';
import type { QueryTerm } from './query-terms.ts';

/** Question words (อะไร, ที่ไหน, เมื่อไร…) fit any entry, so they never show that an entry is the topic. */
const QUESTION_ONLY = new Set(QUESTION_WORDS.map((group) => group.canonical).filter((canonical) => !canonical.includes(' ')));
/** A related concept (0.6) or a corrected spelling counts as explained; a word found only in the answer does not. */
const EXPLAINED_STRENGTH = 0.6;

/** The entry's strength for an index word: postings are in entry order, so a binary search finds it. */
function strengthIn(index: FaqIndex, termId: number, entry: number): number {
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

/**
 * Share of the question's content weight (question words aside) that the entry's own phrasings do not
 * account for: words it never uses, or words the knowledge base uses only elsewhere. A question that
 * merely shares everyday words with an entry (ฝน/ตก with road repair) leaves most of itself unexplained.
 */
export function unexplainedShare(index: FaqIndex, terms: QueryTerm[], entry: number): number {
  let total = 0;
  let unexplained = 0;
  for (const term of terms) {
    if (QUESTION_ONLY.has(term.term)) continue;
    total += term.weight;
    const best = Math.max(0, ...term.matches.map((match) => match.strength * strengthIn(index, match.id, entry)));
    if (best < EXPLAINED_STRENGTH) unexplained += term.weight;
  }
  return total > 0 ? unexplained / total : 0;
}
