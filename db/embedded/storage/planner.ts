import { isPlainObject, typeNameOf } from '../values/bson-type.ts';
import type { Doc } from '../values/doc-paths.ts';
import type { IndexEntry } from './index-entry.ts';

/** Per field, the values an equality filter pins it to (several for `$in`). */
export type Bindings = Map<string, unknown[]>;

const HASHABLE_TYPES = new Set(['number', 'string', 'boolean', 'date', 'objectId', 'binary']);

function isHashableValue(value: unknown): boolean {
  return HASHABLE_TYPES.has(typeNameOf(value));
}

function bindingOf(condition: unknown): unknown[] | null {
  if (isHashableValue(condition)) return [condition];
  if (!isPlainObject(condition)) return null;
  const keys = Object.keys(condition);
  if (keys.length !== 1) return null;
  const eq = condition.$eq;
  if (keys[0] === '$eq' && isHashableValue(eq)) return [eq];
  const list = condition.$in;
  if (keys[0] === '$in' && Array.isArray(list) && list.every(isHashableValue)) return list;
  return null;
}

export function collectBindings(filter: Doc, into: Bindings): void {
  for (const [field, condition] of Object.entries(filter)) {
    if (field === '$and' && Array.isArray(condition)) {
      for (const part of condition) if (isPlainObject(part)) collectBindings(part, into);
      continue;
    }
    if (field.startsWith('$')) continue;
    const values = bindingOf(condition);
    if (values && !into.has(field)) into.set(field, values);
  }
}

function idsFor(index: IndexEntry, bindings: Bindings): Set<string> | null {
  if (!index.hashable || index.isPartialOrSparse) return null;
  const perField = index.fields.map((field) => bindings.get(field));
  if (perField.some((values) => values === undefined)) return idsForPrefix(index, perField[0]);
  const lists = perField as unknown[][];
  if (lists.length > 1 && lists.some((values) => values.length !== 1)) return null;
  const ids = new Set<string>();
  const keys = lists.length === 1 ? (lists[0] ?? []).map((v) => index.keyFor([v])) : [index.keyFor(lists.map((l) => l[0]))];
  for (const key of keys) for (const id of index.lookup(key) ?? []) ids.add(id);
  return ids;
}

/** A compound index whose leading field is pinned still narrows the scan to that field's value(s). */
function idsForPrefix(index: IndexEntry, leading: unknown[] | undefined): Set<string> | null {
  if (index.fields.length < 2 || leading === undefined) return null;
  const ids = new Set<string>();
  for (const value of leading) for (const entry of index.prefixRun(value)?.ascending() ?? []) ids.add(entry.id);
  return ids;
}

/** An `$or` is served by indexes only when every branch is; the union of the branches is then a superset. */
function planOr(branches: unknown, indexes: IndexEntry[]): Set<string> | null {
  if (!Array.isArray(branches) || branches.length === 0) return null;
  const union = new Set<string>();
  for (const branch of branches) {
    const ids = isPlainObject(branch) ? planCandidates(branch, indexes) : null;
    if (!ids) return null;
    for (const id of ids) union.add(id);
  }
  return union;
}

/**
 * Picks the index that narrows an equality filter the most. Returns the candidate document ids,
 * or null when no index applies and the caller must scan. Candidates are still run through the
 * full filter, so this only has to be a superset of the matches.
 */
export function planCandidates(filter: Doc | undefined, indexes: Iterable<IndexEntry>): Set<string> | null {
  if (!filter) return null;
  const candidates = [...indexes];
  const bindings: Bindings = new Map();
  collectBindings(filter, bindings);
  let best: Set<string> | null = planOr(filter.$or, candidates);
  if (bindings.size === 0) return best;
  for (const index of candidates) {
    const ids = idsFor(index, bindings);
    if (ids && (best === null || ids.size < best.size)) best = ids;
    if (best?.size === 0) break;
  }
  return best;
}

/**
 * How many documents the best exact index lookup (every indexed field pinned) yields, or null when
 * none applies; a handful is cheaper to sort than walking an ordered index.
 */
export function exactLookupSize(filter: Doc, indexes: Iterable<IndexEntry>): number | null {
  const bindings: Bindings = new Map();
  collectBindings(filter, bindings);
  let best: number | null = null;
  for (const index of indexes) {
    if (!index.hashable || index.isPartialOrSparse) continue;
    const lists = index.fields.map((field) => bindings.get(field));
    if (lists.some((values) => values === undefined || (lists.length > 1 && values.length !== 1))) continue;
    const keys = lists.length === 1 ? (lists[0] ?? []).map((v) => index.keyFor([v])) : [index.keyFor(lists.map((l) => l?.[0]))];
    const size = keys.reduce((sum, key) => sum + (index.lookup(key)?.size ?? 0), 0);
    if (best === null || size < best) best = size;
  }
  return best;
}
