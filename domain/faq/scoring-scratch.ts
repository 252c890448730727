/**
 * Per-index work arrays reused by every query instead of allocating index-sized arrays each time.
 * Matching is synchronous and every user resets what it touched, so queries stay independent.
 */
export interface ScoringScratch {
  /** By entry: idf-weighted share of the query found so far. */
  coverage: Float64Array;
  /** By entry: best match of the current query word (words with several possible matches). */
  termBest: Float64Array;
  /** By entry: best trigram cosine over its phrasings. */
  spelling: Float64Array;
  /** By sentence: trigram dot product with the query. */
  sentenceDots: Float64Array;
  /** By entry: 1 once it is a candidate. */
  seen: Uint8Array;
}

export function createScoringScratch(entryCount: number, sentenceCount: number): ScoringScratch {
  return {
    coverage: new Float64Array(entryCount),
    termBest: new Float64Array(entryCount),
    spelling: new Float64Array(entryCount),
    sentenceDots: new Float64Array(sentenceCount),
    seen: new Uint8Array(entryCount),
  };
}
