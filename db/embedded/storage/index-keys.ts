import { valueKey } from '../values/value-key.ts';

/** Pure helpers for the keys an index derives from a document. */

/** An array holding a value twice (or 1 and 1.0) gives the index one key, as MongoDB's multikey indexes do. */
export function dedupe(values: unknown[]): unknown[] {
  const seen = new Map<string, unknown>();
  for (const value of values) seen.set(valueKey(value), value);
  return [...seen.values()];
}

/** Every combination of one value per field: a compound index over an array field keys each. */
export function cartesian(lists: unknown[][]): unknown[][] {
  let result: unknown[][] = [[]];
  for (const list of lists) result = result.flatMap((prefix) => list.map((value) => [...prefix, value]));
  return result;
}
