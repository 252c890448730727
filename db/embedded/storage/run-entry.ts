import { compareBson } from '../values/bson-compare.ts';
import { valueKey } from '../values/value-key.ts';

/*
 * Entries of ordered runs are kept by the hundred thousand (one per document and ordered index),
 * so their layout is chosen for memory:
 * - A date is kept as its epoch ms (`DateEntry`). A decoded Date object would cost about 90 bytes
 *   more per entry, and most ordered fields are dates (`nextAttemptAt`, TTL fields).
 * - Stored entries are instances of two classes whose `seq` only ever holds small integers. A
 *   search position (`Seek`, seq ±∞) has a class of its own: one infinite seq in the same shape
 *   would make V8 box the seq of every stored entry in a heap number (16 bytes each).
 */

/** An entry kept in a run: `seq` (insertion order) breaks ties between equal values, as a stable sort would. */
abstract class StoredEntry {
  readonly seq: number;
  readonly id: string;
  constructor(seq: number, id: string) {
    this.seq = seq;
    this.id = id;
  }
}

/** One document's value of an ordered index field. */
export class ValueEntry extends StoredEntry {
  readonly value: unknown;
  constructor(value: unknown, seq: number, id: string) {
    super(seq, id);
    this.value = value;
  }
}

/** A date value, as epoch ms. */
export class DateEntry extends StoredEntry {
  readonly time: number;
  constructor(time: number, seq: number, id: string) {
    super(seq, id);
    this.time = time;
  }
}

/** A position among the entries: before (seq -∞) or after (seq +∞) every entry of `value`. */
export class Seek {
  readonly value: unknown;
  readonly seq: number;
  readonly id = '';
  constructor(value: unknown, side: 'before' | 'after') {
    this.value = value;
    this.seq = side === 'before' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
}

export type RunEntry = ValueEntry | DateEntry | Seek;

/** The entry a document's value is stored as. */
export function runEntry(value: unknown, seq: number, id: string): ValueEntry | DateEntry {
  return value instanceof Date ? new DateEntry(value.getTime(), seq, id) : new ValueEntry(value, seq, id);
}

const order = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);

/** BSON order of a stored entry's value against `value`; dates compare as numbers, without a Date made. */
export function compareToValue(entry: RunEntry, value: unknown): number {
  if (!(entry instanceof DateEntry)) return compareBson(entry.value, value);
  return value instanceof Date ? order(entry.time, value.getTime()) : compareBson(new Date(entry.time), value);
}

export function compareEntries(a: RunEntry, b: RunEntry): number {
  const byValue = b instanceof DateEntry ? (a instanceof DateEntry ? order(a.time, b.time) : compareBson(a.value, new Date(b.time))) : compareToValue(a, b.value);
  return byValue || a.seq - b.seq;
}

/** Whether the entry's value has this canonical key: a hash index's equality (1, 1.0 and Long(1) alike). */
export function hasKey(entry: RunEntry, value: unknown, key: string): boolean {
  if (entry instanceof DateEntry) return value instanceof Date && entry.time === value.getTime();
  return valueKey(entry.value) === key;
}
