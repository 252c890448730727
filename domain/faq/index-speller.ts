import type { ExpansionLexicon } from './expansion-lexicon.ts';
import { buildFuzzyVocabulary, type FuzzyVocabulary } from './fuzzy-vocabulary.ts';
import { PARTICLES, QUESTION_WORDS } from './function-words.ts';
import type { SpellingVocabulary } from './spelling-repair.ts';
import { isFunctionWord, STOPWORDS } from './stopwords.ts';
import { isThaiWord } from './thai-dictionary.ts';

/**
 * Function words and lexicon forms, by lexicon: the same for every index built on it, so a rebuild after
 * one FAQ edit does not redo it. Function words come first: a short toneless spelling (ได, ที, ให) is far
 * more often a function word than a rarer word that shares its letters.
 */
const lexiconTables = new WeakMap<ExpansionLexicon, FuzzyVocabulary>();

function tablesOf(lexicon: ExpansionLexicon): FuzzyVocabulary {
  let tables = lexiconTables.get(lexicon);
  if (!tables) {
    tables = buildFuzzyVocabulary([...QUESTION_WORDS, ...STOPWORDS, ...PARTICLES, ...lexicon.entries.keys()]);
    lexiconTables.set(lexicon, tables);
  }
  return tables;
}

/** What spelling repair may cut a question into: the index's own words first, then the lexicon's and function words. */
export function indexSpeller(termIds: ReadonlyMap<string, number>, indexTables: FuzzyVocabulary, lexicon: ExpansionLexicon): SpellingVocabulary {
  return {
    isKnown: (word) => termIds.has(word) || lexicon.entries.has(word) || isFunctionWord(word) || QUESTION_WORDS.has(word),
    isWord: isThaiWord,
    fuzzy: [indexTables, tablesOf(lexicon)],
  };
}
