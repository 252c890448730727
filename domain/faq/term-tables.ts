import type { AnalyzedText } from './analyzed-text.ts';
import { buildPostingLists, inverseDocumentFrequency, type PostingLists } from './posting-lists.ts';

/** How much a word found only in the answer text counts, compared with one in a question, variant or keyword. */
export const ANSWER_TERM_STRENGTH = 0.6;

/** Words interned to dense ids, with their idf and the entries that use them. */
export interface TermTables {
  termIds: Map<string, number>;
  /** By term id. */
  idf: Float64Array;
  /** Term id → entries, weighted by strength (1 in a phrasing, ANSWER_TERM_STRENGTH in the answer only). */
  termPostings: PostingLists;
  /** Per entry, per phrasing: its distinct term ids. */
  phrasingTermIds: Int32Array[][];
}

function intern(termIds: Map<string, number>, term: string): number {
  let id = termIds.get(term);
  if (id === undefined) {
    id = termIds.size;
    termIds.set(term, id);
  }
  return id;
}

function distinctIds(termIds: Map<string, number>, terms: string[]): Int32Array {
  return Int32Array.from(new Set(terms.map((term) => intern(termIds, term))));
}

interface EntryDocument {
  keys: Int32Array;
  weights: Float64Array;
}

/** Each entry's distinct words with their strengths, answer words first so ids keep first-use order. */
function entryDocuments(termCount: number, documents: { answerIds: Int32Array; phrasingIds: Int32Array[] }[]): EntryDocument[] {
  const strength = new Float64Array(termCount);
  return documents.map(({ answerIds, phrasingIds }) => {
    const keys: number[] = [];
    const mark = (id: number, value: number): void => {
      if (strength[id] === 0) keys.push(id);
      strength[id] = value;
    };
    for (const id of answerIds) mark(id, ANSWER_TERM_STRENGTH);
    for (const ids of phrasingIds) for (const id of ids) mark(id, 1);
    const weights = Float64Array.from(keys, (id) => strength[id] ?? 0);
    for (const id of keys) strength[id] = 0;
    return { keys: Int32Array.from(keys), weights };
  });
}

function termIdf(termCount: number, entryCount: number, documents: EntryDocument[]): Float64Array {
  const anywhere = new Int32Array(termCount);
  const inPhrasing = new Int32Array(termCount);
  for (const { keys, weights } of documents) {
    keys.forEach((id, at) => {
      anywhere[id] = (anywhere[id] ?? 0) + 1;
      if (weights[at] === 1) inPhrasing[id] = (inPhrasing[id] ?? 0) + 1;
    });
  }
  // Words that only answers use still get a proper (answer-based) weight instead of the unknown-word maximum.
  return Float64Array.from(anywhere, (count, id) => inverseDocumentFrequency(entryCount, (inPhrasing[id] ?? 0) || count));
}

export function buildTermTables(phrasings: AnalyzedText[][], answers: AnalyzedText[]): TermTables {
  const termIds = new Map<string, number>();
  const documents = phrasings.map((texts, entry) => {
    const answerIds = distinctIds(termIds, answers[entry]?.terms ?? []);
    return { answerIds, phrasingIds: texts.map((text) => distinctIds(termIds, text.terms)) };
  });
  const entryTerms = entryDocuments(termIds.size, documents);
  return {
    termIds,
    idf: termIdf(termIds.size, phrasings.length, entryTerms),
    termPostings: buildPostingLists(termIds.size, entryTerms),
    phrasingTermIds: documents.map((document) => document.phrasingIds),
  };
}
