/**
 * Compressed posting lists: the postings of key k are positions start[k] .. start[k + 1] - 1 of the flat
 * arrays. One typed-array layout instead of millions of small objects keeps builds and queries off the
 * garbage collector.
 */
export interface PostingLists {
  start: Int32Array;
  item: Int32Array;
  weight: Float64Array;
}

/** Documents given as (key, weight) lists; the postings of each key come out in document order. */
export function buildPostingLists(keyCount: number, documents: { keys: Int32Array; weights: ArrayLike<number> }[]): PostingLists {
  const start = new Int32Array(keyCount + 1);
  for (const document of documents) for (const key of document.keys) start[key + 1] = (start[key + 1] ?? 0) + 1;
  for (let key = 0; key < keyCount; key++) start[key + 1] = (start[key + 1] ?? 0) + (start[key] ?? 0);
  const total = start[keyCount] ?? 0;
  const item = new Int32Array(total);
  const weight = new Float64Array(total);
  const next = start.slice(0, keyCount);
  documents.forEach((document, at) => {
    document.keys.forEach((key, position) => {
      const slot = next[key] ?? 0;
      item[slot] = at;
      weight[slot] = document.weights[position] ?? 0;
      next[key] = slot + 1;
    });
  });
  return { start, item, weight };
}

export function postingCount(lists: PostingLists, key: number): number {
  return (lists.start[key + 1] ?? 0) - (lists.start[key] ?? 0);
}

/** Okapi-style idf, always positive so even a word in every entry counts a little. */
export function inverseDocumentFrequency(documentCount: number, containing: number): number {
  return Math.log(1 + (documentCount - containing + 0.5) / (containing + 0.5));
}
