import type { AnalyzedText } from './analyze.ts';
import type { FaqIndex } from './faq-index.ts';
import { correctWord } from './fuzzy-vocabulary.ts';

/** Strength of a spelling-corrected word and of a broader related concept, relative to an exact word. */
export const CORRECTED_STRENGTH = 0.8;
export const RELATED_STRENGTH = 0.6;
/** Numbers the knowledge base never mentions (ages, house numbers) say little about the topic. */
const UNKNOWN_NUMBER_DISCOUNT = 0.3;

/** An index word that may stand for a query word: its term id and how strongly. */
export interface TermMatch {
  term: string;
  id: number;
  strength: number;
}

/** A query word with its importance and the index words that may stand for it. */
export interface QueryTerm {
  term: string;
  weight: number;
  known: boolean;
  matches: TermMatch[];
}

function resolveTerm(index: FaqIndex, term: string): QueryTerm {
  const id = index.termIds.get(term);
  if (id !== undefined) {
    return { term, weight: index.idf[id] ?? index.unknownIdf, known: true, matches: [{ term, id, strength: 1 }] };
  }
  const corrected = correctWord(index.fuzzy, term);
  const correctedId = corrected === undefined ? undefined : index.termIds.get(corrected);
  if (corrected !== undefined && correctedId !== undefined) {
    const weight = index.idf[correctedId] ?? index.unknownIdf;
    return { term, weight, known: true, matches: [{ term: corrected, id: correctedId, strength: CORRECTED_STRENGTH }] };
  }
  const discount = /^\d+$/.test(term) ? UNKNOWN_NUMBER_DISCOUNT : 1;
  return { term, weight: index.unknownIdf * discount, known: false, matches: [] };
}

function addRelated(index: FaqIndex, queryTerm: QueryTerm): QueryTerm {
  const related = index.lexicon.related.get(queryTerm.term);
  const id = related === undefined ? undefined : index.termIds.get(related);
  if (related === undefined || id === undefined) return queryTerm;
  const weight = queryTerm.known ? queryTerm.weight : (index.idf[id] ?? queryTerm.weight);
  return { ...queryTerm, weight, known: true, matches: [...queryTerm.matches, { term: related, id, strength: RELATED_STRENGTH }] };
}

/** Distinct query words resolved against the index vocabulary. */
export function resolveQueryTerms(index: FaqIndex, query: AnalyzedText): QueryTerm[] {
  return [...new Set(query.terms)].map((term) => addRelated(index, resolveTerm(index, term)));
}
