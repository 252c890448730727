import { analyzeKbText, type AnalyzedText } from './analyze.ts';
import { charNgrams } from './char-ngrams.ts';
import { buildFuzzyVocabulary, type FuzzyVocabulary } from './fuzzy-vocabulary.ts';
import { DEFAULT_LEXICON, type SynonymLexicon } from './synonym-lexicon.ts';
import type { FaqEntry } from './types.ts';

/** How much a word found only in the answer text counts, compared with one in a question, variant or keyword. */
export const ANSWER_TERM_STRENGTH = 0.25;

/** One phrasing of an entry (its question, a variant, or all keywords together), ready for scoring. */
export interface IndexedSentence {
  entry: number;
  terms: ReadonlySet<string>;
  termNorm: number;
  gramNorm: number;
}

export interface FaqIndex {
  entries: FaqEntry[];
  /** Per entry: term → strength (1 in a phrasing, ANSWER_TERM_STRENGTH in the answer only). */
  entryTerms: Map<string, number>[];
  termPostings: Map<string, number[]>;
  idf: Map<string, number>;
  unknownIdf: number;
  sentences: IndexedSentence[];
  /** Per entry: the terms of each keyword phrase (curated topic markers). */
  keywordTerms: string[][][];
  /** Per entry: ids of its sentences. */
  entrySentences: number[][];
  gramPostings: Map<string, { sentence: number; weight: number }[]>;
  gramIdf: Map<string, number>;
  fuzzy: FuzzyVocabulary;
  lexicon: SynonymLexicon;
}

function phrasings(entry: FaqEntry, lexicon: SynonymLexicon): AnalyzedText[] {
  const texts = [entry.question, ...entry.variants, entry.keywords.join(' ')].filter((text) => text.trim());
  return texts.map((text) => analyzeKbText(text, lexicon));
}

function entryTermStrengths(analyzed: AnalyzedText[], answer: AnalyzedText): Map<string, number> {
  const strengths = new Map<string, number>();
  for (const term of answer.terms) strengths.set(term, ANSWER_TERM_STRENGTH);
  for (const text of analyzed) for (const term of text.terms) strengths.set(term, 1);
  return strengths;
}

function inverseDocumentFrequency(documentCount: number, containing: number): number {
  return Math.log(1 + (documentCount - containing + 0.5) / (containing + 0.5));
}

function countDocuments<T>(documents: Iterable<Iterable<T>>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const document of documents) for (const item of document) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

function toIdf<T>(counts: Map<T, number>, documentCount: number): Map<T, number> {
  return new Map([...counts].map(([item, count]) => [item, inverseDocumentFrequency(documentCount, count)]));
}

function appendTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

function norm(weights: Iterable<number>): number {
  let sum = 0;
  for (const weight of weights) sum += weight * weight;
  return Math.sqrt(sum) || 1;
}

interface TermTables {
  entryTerms: Map<string, number>[];
  termPostings: Map<string, number[]>;
  idf: Map<string, number>;
}

function buildTermTables(entries: FaqEntry[], analyzedEntries: AnalyzedText[][], lexicon: SynonymLexicon): TermTables {
  const entryTerms = entries.map((entry, index) =>
    entryTermStrengths(analyzedEntries[index] ?? [], analyzeKbText(entry.answer, lexicon)),
  );
  const phrasingTerms = analyzedEntries.map((texts) => new Set(texts.flatMap((text) => text.terms)));
  // Words that only answers use still get a proper (answer-based) weight instead of the unknown-word maximum.
  const idf = new Map([
    ...toIdf(countDocuments<string>(entryTerms.map((terms) => terms.keys())), entries.length),
    ...toIdf(countDocuments<string>(phrasingTerms), entries.length),
  ]);
  const termPostings = new Map<string, number[]>();
  entryTerms.forEach((terms, index) => {
    for (const term of terms.keys()) appendTo(termPostings, term, index);
  });
  return { entryTerms, termPostings, idf };
}

interface SentenceTables {
  sentences: IndexedSentence[];
  entrySentences: number[][];
  gramPostings: Map<string, { sentence: number; weight: number }[]>;
  gramIdf: Map<string, number>;
}

function buildSentenceTables(analyzedEntries: AnalyzedText[][], idf: Map<string, number>): SentenceTables {
  const flat = analyzedEntries.flatMap((texts, entry) => texts.map((text) => ({ entry, text })));
  const sentenceGrams = flat.map(({ text }) => charNgrams(text.surface));
  const gramIdf = toIdf(countDocuments<string>(sentenceGrams.map((grams) => grams.keys())), flat.length);
  const gramPostings = new Map<string, { sentence: number; weight: number }[]>();
  const entrySentences: number[][] = analyzedEntries.map(() => []);
  const sentences = flat.map(({ entry, text }, sentence) => {
    const grams = [...(sentenceGrams[sentence] ?? [])];
    const weights = grams.map(([gram, count]) => count * (gramIdf.get(gram) ?? 0));
    grams.forEach(([gram], at) => appendTo(gramPostings, gram, { sentence, weight: weights[at] ?? 0 }));
    entrySentences[entry]?.push(sentence);
    const terms = new Set(text.terms);
    return { entry, terms, termNorm: norm([...terms].map((term) => idf.get(term) ?? 0)), gramNorm: norm(weights) };
  });
  return { sentences, entrySentences, gramPostings, gramIdf };
}

/**
 * Builds the in-memory search index over questions, variants and keywords (answers count weakly).
 * Disabled entries are left out. Cheap enough to rebuild on every instance whenever the FAQ changes.
 */
export function buildFaqIndex(allEntries: FaqEntry[], lexicon: SynonymLexicon = DEFAULT_LEXICON): FaqIndex {
  const entries = allEntries.filter((entry) => entry.enabled !== false);
  const analyzedEntries = entries.map((entry) => phrasings(entry, lexicon));
  const terms = buildTermTables(entries, analyzedEntries, lexicon);
  const byFrequency = [...terms.idf].sort((a, b) => a[1] - b[1]).map(([term]) => term);
  return {
    entries,
    ...terms,
    ...buildSentenceTables(analyzedEntries, terms.idf),
    unknownIdf: inverseDocumentFrequency(entries.length, 0),
    keywordTerms: entries.map((entry) => entry.keywords.map((keyword) => [...new Set(analyzeKbText(keyword, lexicon).terms)])),
    fuzzy: buildFuzzyVocabulary(byFrequency),
    lexicon,
  };
}
