import { analyzeEntries, type AnalyzedEntry } from './analyze-entries.ts';
import { buildFuzzyVocabulary, type FuzzyVocabulary } from './fuzzy-vocabulary.ts';
import { buildGramTables, type GramTables } from './gram-tables.ts';
import { indexSpeller } from './index-speller.ts';
import { parseRangeToken, type NumberRange } from './number-ranges.ts';
import { inverseDocumentFrequency } from './posting-lists.ts';
import type { ExpansionLexicon } from './expansion-lexicon.ts';
import { createScoringScratch, type ScoringScratch } from './scoring-scratch.ts';
import { DEFAULT_LEXICON } from './shipped-lexicon.ts';
import { buildTermTables, type TermTables } from './term-tables.ts';
import type { SpellingVocabulary } from './spelling-repair.ts';
import type { FaqEntry } from './types.ts';

export { ANSWER_TERM_STRENGTH } from './term-tables.ts';

/** A curated keyword phrase of an entry: its term ids (-1 when the index never uses the word) and their idf sum. */
export interface IndexedKeyword {
  terms: Int32Array;
  totalIdf: number;
}

/**
 * The in-memory search index. Words, trigrams, entries and phrasings ("sentences": an entry's question,
 * a variant, or all keywords together) are dense integer ids; the sentences of entry e are
 * entrySentenceStart[e] .. entrySentenceStart[e + 1] - 1.
 */
type WordTables = Omit<TermTables, 'phrasingTermIds'>;

export interface FaqIndex extends WordTables, GramTables {
  entries: FaqEntry[];
  unknownIdf: number;
  sentenceEntry: Int32Array;
  /** By sentence: distinct term ids. */
  sentenceTerms: Int32Array[];
  /** By sentence: length of its idf vector. */
  sentenceTermNorm: Float64Array;
  entrySentenceStart: Int32Array;
  /** Per entry: its keyword phrases (curated topic markers). */
  keywords: IndexedKeyword[][];
  fuzzy: FuzzyVocabulary;
  /** Re-cuts misspelt stretches of a question (spelling-repair.ts). */
  speller: SpellingVocabulary;
  /** The number ranges the knowledge base states (60–69 ปี), with their term ids. */
  numberRanges: (NumberRange & { id: number })[];
  lexicon: ExpansionLexicon;
  scratch: ScoringScratch;
}

function idfNorm(idf: Float64Array, ids: Int32Array): number {
  let sum = 0;
  for (const id of ids) {
    const weight = idf[id] ?? 0;
    sum += weight * weight;
  }
  return Math.sqrt(sum) || 1;
}

function indexKeywords(entry: AnalyzedEntry, terms: WordTables): IndexedKeyword[] {
  return entry.keywords.map((keyword) => {
    const ids = Int32Array.from(new Set(keyword.terms), (term) => terms.termIds.get(term) ?? -1);
    let totalIdf = 0;
    for (const id of ids) totalIdf += id < 0 ? 0 : (terms.idf[id] ?? 0);
    return { terms: ids, totalIdf };
  });
}

/** Spelling correction prefers the most frequent word (lowest idf) when two share a key; concept tokens are not words. */
function byFrequency(terms: WordTables): string[] {
  return [...terms.termIds]
    .filter(([term]) => !term.startsWith('#'))
    .sort((a, b) => (terms.idf[a[1]] ?? 0) - (terms.idf[b[1]] ?? 0))
    .map(([term]) => term);
}

function numberRanges(termIds: Map<string, number>): (NumberRange & { id: number })[] {
  const ranges: (NumberRange & { id: number })[] = [];
  for (const [term, id] of termIds) {
    const range = parseRangeToken(term);
    if (range) ranges.push({ ...range, id });
  }
  return ranges;
}

function entrySentenceStarts(phrasingCounts: number[]): Int32Array {
  const starts = new Int32Array(phrasingCounts.length + 1);
  phrasingCounts.forEach((count, entry) => {
    starts[entry + 1] = (starts[entry] ?? 0) + count;
  });
  return starts;
}

/**
 * Builds the search index over questions, variants and keywords (answers count weakly). Disabled
 * entries are left out. Cheap enough to rebuild on every instance whenever the FAQ changes.
 */
export function buildFaqIndex(allEntries: FaqEntry[], lexicon: ExpansionLexicon = DEFAULT_LEXICON): FaqIndex {
  const entries = allEntries.filter((entry) => entry.enabled !== false);
  const analyzed = analyzeEntries(entries, lexicon);
  const phrasings = analyzed.map((entry) => entry.phrasings);
  const { phrasingTermIds, ...terms } = buildTermTables(phrasings, analyzed.map((entry) => entry.answer));
  const sentenceTerms = phrasingTermIds.flat();
  const fuzzy = buildFuzzyVocabulary(byFrequency(terms));
  return {
    entries,
    ...terms,
    ...buildGramTables(phrasings.flat()),
    unknownIdf: inverseDocumentFrequency(entries.length, 0),
    sentenceEntry: Int32Array.from(phrasings.flatMap((texts, entry) => texts.map(() => entry))),
    sentenceTerms,
    sentenceTermNorm: Float64Array.from(sentenceTerms, (ids) => idfNorm(terms.idf, ids)),
    entrySentenceStart: entrySentenceStarts(phrasings.map((texts) => texts.length)),
    keywords: analyzed.map((entry) => indexKeywords(entry, terms)),
    fuzzy,
    speller: indexSpeller(terms.termIds, fuzzy, lexicon),
    numberRanges: numberRanges(terms.termIds),
    lexicon,
    scratch: createScoringScratch(entries.length, sentenceTerms.length),
  };
}
