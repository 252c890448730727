import type { AnalyzedText } from './analyzed-text.ts';
import { forEachGram } from './char-ngrams.ts';
import { buildPostingLists, inverseDocumentFrequency, type PostingLists } from './posting-lists.ts';

/** Character trigrams of every phrasing, interned, for the spelling signal. */
export interface GramTables {
  gramIds: Map<string, number>;
  /** By gram id. */
  gramIdf: Float64Array;
  /** Gram id → phrasings (sentences), weighted by count × idf. */
  gramPostings: PostingLists;
  /** By sentence: length of its weight vector. */
  gramNorm: Float64Array;
}

function norm(weights: Float64Array): number {
  let sum = 0;
  for (const weight of weights) sum += weight * weight;
  return Math.sqrt(sum) || 1;
}

interface CountedGrams {
  keys: Int32Array;
  counts: Float64Array;
}

/** Interns each sentence's trigrams, counting them per sentence in first-seen order, without a Map per sentence. */
function countGrams(sentences: AnalyzedText[], gramIds: Map<string, number>): CountedGrams[] {
  const lastSentence: number[] = [];
  const slot: number[] = [];
  return sentences.map((sentence, at) => {
    const keys: number[] = [];
    const counts: number[] = [];
    forEachGram(sentence.surface, (gram) => {
      let id = gramIds.get(gram);
      if (id === undefined) {
        id = gramIds.size;
        gramIds.set(gram, id);
      }
      if (lastSentence[id] === at) {
        const position = slot[id] ?? 0;
        counts[position] = (counts[position] ?? 0) + 1;
        return;
      }
      lastSentence[id] = at;
      slot[id] = keys.length;
      keys.push(id);
      counts.push(1);
    });
    return { keys: Int32Array.from(keys), counts: Float64Array.from(counts) };
  });
}

export function buildGramTables(sentences: AnalyzedText[]): GramTables {
  const gramIds = new Map<string, number>();
  const counted = countGrams(sentences, gramIds);
  const containing = new Int32Array(gramIds.size);
  for (const { keys } of counted) for (const id of keys) containing[id] = (containing[id] ?? 0) + 1;
  const gramIdf = Float64Array.from(containing, (count) => inverseDocumentFrequency(sentences.length, count));
  const documents = counted.map(({ keys, counts }) => ({ keys, weights: counts.map((count, at) => count * (gramIdf[keys[at] ?? 0] ?? 0)) }));
  return {
    gramIds,
    gramIdf,
    gramPostings: buildPostingLists(gramIds.size, documents),
    gramNorm: Float64Array.from(documents, (document) => norm(document.weights)),
  };
}
