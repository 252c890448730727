import type { AnalyzedText } from './analyze.ts';
import type { FaqIndex } from './faq-index.ts';
import { correctWord } from './fuzzy-vocabulary.ts';

/** Strength of a spelling-corrected word and of a broader related concept, relative to an exact word. */
export const CORRECTED_STRENGTH = 0.8;
export const RELATED_STRENGTH = 0.6;
/** Numbers the knowledge base never mentions (ages, house numbers) say little about the topic. */
const UNKNOWN_NUMBER_DISCOUNT = 0.3;

/** A query word with its importance and the index words that may stand for it. */
export interface QueryTerm {
  term: string;
  weight: number;
  known: boolean;
  matches: { term: string; strength: number }[];
}

function resolveTerm(index: FaqIndex, term: string): QueryTerm {
  if (index.termPostings.has(term)) {
    return { term, weight: index.idf.get(term) ?? index.unknownIdf, known: true, matches: [{ term, strength: 1 }] };
  }
  const corrected = correctWord(index.fuzzy, term);
  if (corrected !== undefined) {
    const weight = index.idf.get(corrected) ?? index.unknownIdf;
    return { term, weight, known: true, matches: [{ term: corrected, strength: CORRECTED_STRENGTH }] };
  }
  const discount = /^\d+$/.test(term) ? UNKNOWN_NUMBER_DISCOUNT : 1;
  return { term, weight: index.unknownIdf * discount, known: false, matches: [] };
}

function addRelated(index: FaqIndex, queryTerm: QueryTerm): QueryTerm {
  const related = index.lexicon.related.get(queryTerm.term);
  if (related === undefined || !index.termPostings.has(related)) return queryTerm;
  const weight = queryTerm.known ? queryTerm.weight : (index.idf.get(related) ?? queryTerm.weight);
  return { ...queryTerm, weight, known: true, matches: [...queryTerm.matches, { term: related, strength: RELATED_STRENGTH }] };
}

/** Distinct query words resolved against the index vocabulary. */
export function resolveQueryTerms(index: FaqIndex, query: AnalyzedText): QueryTerm[] {
  return [...new Set(query.terms)].map((term) => addRelated(index, resolveTerm(index, term)));
}
