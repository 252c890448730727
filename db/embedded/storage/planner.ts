import { isPlainObject, typeNameOf } from '../values/bson-type.ts';
import type { Doc } from '../values/doc-paths.ts';
import { addHolderIds, holderCount, type Holders } from './holders.ts';
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

/** One index's answer to a filter: how many candidates it yields, known before building the set. */
type IndexPlan = { size: number; exact: boolean; ids(): Set<string> };

function planFor(index: IndexEntry, bindings: Bindings): IndexPlan | null {
  if (!index.hashable || index.isPartialOrSparse) return null;
  const perField = index.fields.map((field) => bindings.get(field));
  if (perField.some((values) => values === undefined)) return prefixPlan(index, perField[0]);
  const combinations = keyCombinations(perField as unknown[][]);
  if (!combinations) return null;
  const holders: Holders[] = [];
  let size = 0;
  for (const values of combinations) {
    const found = index.lookup(values);
    if (found === undefined) continue;
    holders.push(found);
    size += holderCount(found);
  }
  return { size, exact: true, ids: () => idsOf(holders) };
}

function idsOf(holders: Holders[]): Set<string> {
  const ids = new Set<string>();
  for (const found of holders) addHolderIds(ids, found);
  return ids;
}

/**
 * A lookup costs about a microsecond and a document read from the data files ten or more, so
 * even a long `$in` on a compound key (a claim asking after 64 people × 2 statuses) is answered by
 * lookups; only past this many does building the keys cost more than most scans.
 */
const MAX_KEY_COMBINATIONS = 1_024;

/** Every full key an equality/`$in` binding allows (`{a: {$in: [1, 2]}, b: 'x'}` → [1,'x'], [2,'x']). */
function keyCombinations(lists: unknown[][]): unknown[][] | null {
  let combinations: unknown[][] = [[]];
  for (const values of lists) {
    combinations = combinations.flatMap((prefix) => values.map((value) => [...prefix, value]));
    if (combinations.length > MAX_KEY_COMBINATIONS) return null;
  }
  return combinations;
}

/** A compound index whose leading field is pinned still narrows the scan to that field's value(s). */
function prefixPlan(index: IndexEntry, leading: unknown[] | undefined): IndexPlan | null {
  if (index.fields.length < 2 || leading === undefined) return null;
  const runs = leading.map((value) => index.prefixRun(value)).filter((run) => run !== undefined);
  return {
    size: runs.reduce((sum, run) => sum + run.size, 0),
    exact: false,
    ids: () => new Set(runs.flatMap((run) => [...run.ascending()].map((entry) => entry.id))),
  };
}

/** The index plan with the fewest candidates; sizes are compared before any set is built. */
function bestPlan(bindings: Bindings, indexes: Iterable<IndexEntry>, exactOnly = false): IndexPlan | null {
  let best: IndexPlan | null = null;
  for (const index of indexes) {
    const plan = planFor(index, bindings);
    if (!plan || (exactOnly && !plan.exact)) continue;
    if (best === null || plan.size < best.size) best = plan;
    // No plan reads fewer than one document (the _id index, first, usually gives this at once).
    if (best.size <= 1) break;
  }
  return best;
}

/**
 * An `$or` is served by indexes only when every branch is; the union of the branches is then a
 * superset, no larger than their sizes added up. Only the plan chosen builds its set of ids: a
 * branch such as «every pending event» can be thousands, beside an `_id` list of twenty.
 */
function orPlan(branches: unknown, indexes: IndexEntry[]): IndexPlan | null {
  if (!Array.isArray(branches) || branches.length === 0) return null;
  const plans: IndexPlan[] = [];
  for (const branch of branches) {
    const plan = isPlainObject(branch) ? filterPlan(branch, indexes) : null;
    if (!plan) return null;
    plans.push(plan);
  }
  return {
    size: plans.reduce((sum, plan) => sum + plan.size, 0),
    exact: false,
    ids: () => {
      const union = new Set<string>();
      for (const plan of plans) for (const id of plan.ids()) union.add(id);
      return union;
    },
  };
}

function filterPlan(filter: Doc, indexes: IndexEntry[]): IndexPlan | null {
  const bindings: Bindings = new Map();
  collectBindings(filter, bindings);
  const viaOr = orPlan(filter.$or, indexes);
  const plan = bindings.size === 0 ? null : bestPlan(bindings, indexes);
  if (!plan) return viaOr;
  return viaOr && viaOr.size <= plan.size ? viaOr : plan;
}

/**
 * Picks the index that narrows an equality filter the most. Returns the candidate document ids,
 * or null when no index applies and the caller must scan. Candidates are still run through the
 * full filter, so this only has to be a superset of the matches.
 */
export function planCandidates(filter: Doc | undefined, indexes: Iterable<IndexEntry>): Set<string> | null {
  if (!filter) return null;
  return filterPlan(filter, [...indexes])?.ids() ?? null;
}

/**
 * How many documents the best exact index lookup (every indexed field pinned) yields, or null when
 * none applies; a handful is cheaper to sort than walking an ordered index.
 */
export function exactLookupSize(filter: Doc, indexes: Iterable<IndexEntry>): number | null {
  const bindings: Bindings = new Map();
  collectBindings(filter, bindings);
  return bestPlan(bindings, indexes, true)?.size ?? null;
}

/**
 * How many documents match, read off one index without decoding any: only for a filter that is
 * nothing but single-value equalities, on exactly an index's fields, or on the leading field of a
 * compound index no array has made multikey (its runs then hold each document once). Null otherwise.
 */
export function countFromIndex(filter: Doc, indexes: Iterable<IndexEntry>): number | null {
  const values = singleValueEqualities(filter);
  if (!values) return null;
  for (const index of indexes) {
    if (!index.hashable || index.isPartialOrSparse) continue;
    if (index.fields.length === values.size && index.fields.every((field) => values.has(field))) {
      const found = index.lookup(index.fields.map((field) => values.get(field)));
      return found === undefined ? 0 : holderCount(found);
    }
    const leading = index.fields[0] ?? '';
    if (values.size === 1 && values.has(leading) && index.fields.length > 1 && !index.multikey) return index.prefixRun(values.get(leading))?.size ?? 0;
  }
  return null;
}

function singleValueEqualities(filter: Doc): Map<string, unknown> | null {
  const fields = Object.keys(filter);
  if (fields.length === 0 || fields.some((field) => field.startsWith('$'))) return null;
  const values = new Map<string, unknown>();
  for (const field of fields) {
    const binding = bindingOf(filter[field]);
    if (binding?.length !== 1) return null;
    values.set(field, binding[0]);
  }
  return values;
}
