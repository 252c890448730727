import { compareBson } from '../values/bson-compare.ts';

/** One document's value of an ordered index field; `seq` (insertion order) breaks ties, as a stable sort would. */
export interface RunEntry {
  value: unknown;
  seq: number;
  id: string;
}

export function compareEntries(a: RunEntry, b: RunEntry): number {
  return compareBson(a.value, b.value) || a.seq - b.seq;
}

/** Splitting chunks at this size keeps inserts and removes to a short splice plus two binary searches. */
const MAX_CHUNK = 512;

/** First position in `list` whose entry is not less than `entry`. */
function lowerBound(list: RunEntry[], entry: RunEntry): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareEntries(list[middle] as RunEntry, entry) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Entries kept in BSON order of their value, in chunks: O(log n) inserts and removes without
 * moving the whole list, and in-order iteration from either end.
 */
export class SortedRun {
  private chunks: RunEntry[][] = [];
  size = 0;

  insert(entry: RunEntry): void {
    this.size += 1;
    if (this.chunks.length === 0) {
      this.chunks.push([entry]);
      return;
    }
    const at = this.chunkFor(entry);
    const chunk = this.chunks[at] as RunEntry[];
    chunk.splice(lowerBound(chunk, entry), 0, entry);
    if (chunk.length > MAX_CHUNK) this.chunks.splice(at + 1, 0, chunk.splice(MAX_CHUNK >>> 1));
  }

  /** Removes the entry equal to `entry` (same value and seq); false when it is not held. */
  remove(entry: RunEntry): boolean {
    if (this.chunks.length === 0) return false;
    const at = this.chunkFor(entry);
    const chunk = this.chunks[at] as RunEntry[];
    const position = lowerBound(chunk, entry);
    const found = chunk[position];
    if (!found || compareEntries(found, entry) !== 0) return false;
    chunk.splice(position, 1);
    if (chunk.length === 0) this.chunks.splice(at, 1);
    this.size -= 1;
    return true;
  }

  *ascending(): Generator<RunEntry> {
    for (const chunk of this.chunks) yield* chunk;
  }

  *descending(): Generator<RunEntry> {
    for (let c = this.chunks.length - 1; c >= 0; c--) {
      const chunk = this.chunks[c] as RunEntry[];
      for (let i = chunk.length - 1; i >= 0; i--) yield chunk[i] as RunEntry;
    }
  }

  /** The chunk that holds, or should hold, `entry`: the first whose last entry is not less than it. */
  private chunkFor(entry: RunEntry): number {
    let low = 0;
    let high = this.chunks.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const chunk = this.chunks[middle] as RunEntry[];
      if (compareEntries(chunk[chunk.length - 1] as RunEntry, entry) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
