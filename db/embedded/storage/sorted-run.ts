import { valueKey } from '../values/value-key.ts';
import { compareEntries, compareToValue, hasKey, Seek, type RunEntry } from './run-entry.ts';

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

  /** In order from the first entry, or from the first at or past `from` (a range's near end: no binary search is wasted on a walk that starts at the front). */
  *ascending(from?: RunEntry): Generator<RunEntry> {
    const [c0, i0] = from ? this.positionOf(from) : [0, 0];
    for (let c = c0; c < this.chunks.length; c++) {
      const chunk = this.chunks[c] as RunEntry[];
      for (let i = c === c0 ? i0 : 0; i < chunk.length; i++) yield chunk[i] as RunEntry;
    }
  }

  /**
   * Ids of the entries whose value equals `value`: the run orders by BSON comparison, and the
   * canonical key decides equality as a hash index would (1, 1.0 and Long(1) alike).
   */
  idsWithValue(value: unknown): string[] {
    const key = valueKey(value);
    const ids: string[] = [];
    for (const entry of this.ascending(new Seek(value, 'before'))) {
      if (compareToValue(entry, value) !== 0) break;
      if (hasKey(entry, value, key)) ids.push(entry.id);
    }
    return ids;
  }

  /** In reverse order from the last entry, or from the last one before `before`. */
  *descending(before?: RunEntry): Generator<RunEntry> {
    const [cEnd, iEnd] = before ? this.positionOf(before) : [this.chunks.length, 0];
    for (let c = Math.min(cEnd, this.chunks.length - 1); c >= 0; c--) {
      const chunk = this.chunks[c] as RunEntry[];
      for (let i = (c === cEnd ? iEnd : chunk.length) - 1; i >= 0; i--) yield chunk[i] as RunEntry;
    }
  }

  /** [chunk, index] of the first entry not less than `entry` ([chunks.length, 0] past the end). */
  private positionOf(entry: RunEntry): [number, number] {
    if (this.chunks.length === 0) return [0, 0];
    const at = this.chunkFor(entry);
    const chunk = this.chunks[at] as RunEntry[];
    const index = lowerBound(chunk, entry);
    return index < chunk.length ? [at, index] : [at + 1, 0];
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
