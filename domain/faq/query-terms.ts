import type { AnalyzedText, AnalyzedUnit } from './analyzed-text.ts';
import { clauseWeights, isQuestionWord } from './clause-weights.ts';
import { EXPANSION_STRENGTH, type ExpansionKind } from './expansion-lexicon.ts';
import type { FaqIndex } from './faq-index.ts';
import { correctWord } from './fuzzy-vocabulary.ts';
import { MESSAGE_BUDGET } from './message-budget.ts';
import { numbersIn, rangeHolds, rangeToken } from './number-ranges.ts';

/** Strength of a spelling-corrected word, relative to an exact word. */
const CORRECTED_STRENGTH = 0.8;
/** Numbers the knowledge base never mentions (ages, house numbers) say little about the topic. */
const UNKNOWN_NUMBER_DISCOUNT = 0.3;
/**
 * A word the knowledge base never uses that only hints at a broader concept (ตัดผม → a salon) still
 * weighs this share of an unknown word: the hint explains part of it, not all of it.
 */
const HINTED_UNKNOWN_SHARE = 0.5;
/**
 * A compound word (เบี้ยคนเฒ่า) also means each concept it implies and each piece it is made of; those
 * facets are scored as extra terms worth this share of the word each, so an entry that has only one
 * facet (an allowance, but for disabled people) gets a little credit, never the whole word's.
 */
const FACET_SHARE = 0.25;
const FACET_KINDS: ReadonlySet<ExpansionKind> = new Set(['implied', 'component']);
/**
 * A question word (เท่าไหร่, ที่ไหน) says which aspect is asked, not the topic; the knowledge base writes
 * few of them, so their idf alone would outweigh the topic word (คนพิการ).
 */
const QUESTION_WORD_SHARE = 0.7;

/** An index term that may stand for a query word: its term id and how strongly. */
export interface TermMatch {
  term: string;
  id: number;
  strength: number;
  kind: ExpansionKind | 'word' | 'corrected';
}

/** A distinct query word with its importance and the index terms that may stand for it. */
export interface QueryTerm {
  term: string;
  weight: number;
  /** Some index term stands for it (the word itself, a correction, or an expansion). */
  known: boolean;
  /** The word itself (or its spelling correction) is in the index. */
  wordKnown: boolean;
  matches: TermMatch[];
  clause: number;
  agency: string | undefined;
  /** A facet of a compound word (see FACET_SHARE), not a word of the question itself. */
  facet: boolean;
}

type Corrections = { left: number };

function ownMatch(index: FaqIndex, word: string, corrections: Corrections): TermMatch | undefined {
  const id = index.termIds.get(word);
  if (id !== undefined) return { term: word, id, strength: 1, kind: 'word' };
  if (word.length > MESSAGE_BUDGET.maxWordForCorrection || corrections.left <= 0) return undefined;
  corrections.left--;
  const corrected = correctWord(index.fuzzy, word, index.speller.isWord);
  const correctedId = corrected === undefined ? undefined : index.termIds.get(corrected);
  return corrected !== undefined && correctedId !== undefined
    ? { term: corrected, id: correctedId, strength: CORRECTED_STRENGTH, kind: 'corrected' }
    : undefined;
}

function indexMatch(index: FaqIndex, expansion: AnalyzedUnit['expansions'][number]): TermMatch | undefined {
  const id = index.termIds.get(expansion.token);
  return id === undefined ? undefined : { term: expansion.token, id, strength: expansion.strength, kind: expansion.kind };
}

/** The facets of a compound word as terms of their own (see FACET_SHARE). */
function facetTerms(index: FaqIndex, unit: AnalyzedUnit, main: QueryTerm): QueryTerm[] {
  return unit.expansions.flatMap((expansion) => {
    const match = FACET_KINDS.has(expansion.kind) ? indexMatch(index, expansion) : undefined;
    if (!match) return [];
    return [{ ...main, term: `${unit.word}/${expansion.token}`, weight: main.weight * FACET_SHARE, known: true, wordKnown: false, facet: true, matches: [{ ...match, strength: 1 }] }];
  });
}

/** A number stands for every range of the knowledge base that holds it, as a concept would. */
function rangeMatches(index: FaqIndex, word: string): TermMatch[] {
  if (index.numberRanges.length === 0 || !/\d/.test(word)) return [];
  const values = numbersIn(word);
  return index.numberRanges
    .filter((range) => values.some((value) => rangeHolds(range, value)))
    .map((range) => ({ term: rangeToken(range), id: range.id, strength: EXPANSION_STRENGTH.concept, kind: 'concept' as const }));
}

function resolveUnit(index: FaqIndex, unit: AnalyzedUnit, clauseWeight: number, corrections: Corrections): QueryTerm {
  const own = ownMatch(index, unit.word, corrections);
  const matches: TermMatch[] = own ? [own] : [];
  matches.push(...rangeMatches(index, unit.word));
  for (const expansion of unit.expansions) {
    const match = FACET_KINDS.has(expansion.kind) ? undefined : indexMatch(index, expansion);
    if (match) matches.push(match);
  }
  let weight = 0;
  for (const match of matches) weight = Math.max(weight, match.strength * (index.idf[match.id] ?? 0));
  const unknown = index.unknownIdf * (/^\d+$/.test(unit.word) ? UNKNOWN_NUMBER_DISCOUNT : 1);
  if (matches.length === 0) weight = unknown;
  else if (!own && matches.every((match) => match.kind === 'related')) weight = Math.max(weight, HINTED_UNKNOWN_SHARE * unknown);
  return {
    term: unit.word,
    weight: weight * clauseWeight * (isQuestionWord(unit) ? QUESTION_WORD_SHARE : 1),
    known: matches.length > 0,
    wordKnown: own !== undefined,
    matches,
    clause: unit.clause,
    agency: unit.agency,
    facet: false,
  };
}

/**
 * Distinct query words resolved against the index vocabulary, words of the asking clauses first and at
 * most MESSAGE_BUDGET.maxQueryTerms of them. A word weighs by its clause (the story around a question counts less).
 */
export function resolveQueryTerms(index: FaqIndex, query: AnalyzedText, weights = clauseWeights(query)): QueryTerm[] {
  const byWord = new Map<string, { unit: AnalyzedUnit; weight: number }>();
  for (const unit of query.units) {
    const weight = weights[unit.clause] ?? 1;
    const seen = byWord.get(unit.word);
    if (weight > 0 && (!seen || seen.weight < weight)) byWord.set(unit.word, { unit, weight });
  }
  const chosen = [...byWord.values()].sort((a, b) => b.weight - a.weight).slice(0, MESSAGE_BUDGET.maxQueryTerms);
  const corrections = { left: MESSAGE_BUDGET.maxCorrections };
  return chosen.flatMap(({ unit, weight }) => {
    const main = resolveUnit(index, unit, weight, corrections);
    // The pieces of a question word (เท่า|ไหร่) are not words of the question.
    return isQuestionWord(unit) ? [main] : [main, ...facetTerms(index, unit, main)];
  });
}
