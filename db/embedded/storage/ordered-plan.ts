import { isPlainObject, typeNameOf } from '../values/bson-type.ts';
import type { Doc } from '../values/doc-paths.ts';
import type { IndexEntry } from './index-entry.ts';
import { collectBindings, type Bindings } from './planner.ts';
import { compareEntries, compareToValue, Seek, type RunEntry } from './run-entry.ts';
import type { SortedRun } from './sorted-run.ts';

export type Direction = 1 | -1;

/** Where walking a run in sort order can stop: past it, no document can match its branch. */
interface Stop {
  value: unknown;
  inclusive: boolean;
}

/** A run of a compound index that holds, in sort order, every document one part of the filter can match. */
export interface OrderedSource {
  run: SortedRun;
  stop: Stop | null;
  /** Where the walk may begin: entries before the range's near end cannot match its branch. */
  start: Stop | null;
}

const BOUND_TYPES = new Set(['number', 'string', 'date', 'objectId', 'boolean']);

/** The bound a condition on the sort field puts on the far end of the walk (`$lte` when ascending...). */
function stopOf(condition: unknown, direction: Direction): Stop | null {
  if (BOUND_TYPES.has(typeNameOf(condition))) return { value: condition, inclusive: true };
  if (!isPlainObject(condition)) return null;
  const operators: [string, boolean][] = direction === 1 ? [['$eq', true], ['$lt', false], ['$lte', true]] : [['$eq', true], ['$gt', false], ['$gte', true]];
  for (const [operator, inclusive] of operators) {
    const value = condition[operator];
    if (BOUND_TYPES.has(typeNameOf(value))) return { value, inclusive };
  }
  return null;
}

/**
 * The bound a condition puts on the near end of the walk (`$gte` when ascending...). Only for an
 * index no array has made multikey: an array document is placed at its smallest value, which may
 * lie before the range although another of its values is inside it.
 */
function startOf(condition: unknown, direction: Direction, index: IndexEntry): Stop | null {
  if (index.multikey) return null;
  if (BOUND_TYPES.has(typeNameOf(condition))) return { value: condition, inclusive: true };
  return stopOf(condition, direction === 1 ? -1 : 1);
}

/** A compound index whose leading field the filter pins and whose second field is the sort field. */
function directSources(filter: Doc, sortField: string, direction: Direction, indexes: IndexEntry[]): OrderedSource[] | null {
  const bindings: Bindings = new Map();
  collectBindings(filter, bindings);
  for (const index of indexes) {
    if (!index.hashable || index.isPartialOrSparse || index.fields[1] !== sortField) continue;
    const leading = bindings.get(index.fields[0] ?? '');
    if (!leading) continue;
    const stop = stopOf(filter[sortField], direction);
    const start = startOf(filter[sortField], direction, index);
    return leading.flatMap((value) => {
      const run = index.prefixRun(value);
      return run ? [{ run, stop, start }] : [];
    });
  }
  return null;
}

/**
 * Runs that together hold every document `filter` can match, each in the order of `sortField`;
 * null when no index can serve the sort. An `$or` is served when each of its branches is.
 */
export function planOrdered(filter: Doc, sortField: string, direction: Direction, indexes: IndexEntry[]): OrderedSource[] | null {
  const direct = directSources(filter, sortField, direction, indexes);
  if (direct) return direct;
  const branches = filter.$or;
  if (!Array.isArray(branches) || branches.length === 0) return null;
  const sources: OrderedSource[] = [];
  for (const branch of branches) {
    const served = isPlainObject(branch) ? planOrdered(branch, sortField, direction, indexes) : null;
    if (!served) return null;
    sources.push(...served);
  }
  return sources;
}

/** The seek key sits before or after every entry of the start value (seq ∓∞), so its ties are all walked or all skipped. */
function walkFrom(run: SortedRun, start: Stop | null, direction: Direction): Generator<RunEntry> {
  if (!start) return direction === 1 ? run.ascending() : run.descending();
  const beforeTies = start.inclusive === (direction === 1);
  const seek = new Seek(start.value, beforeTies ? 'before' : 'after');
  return direction === 1 ? run.ascending(seek) : run.descending(seek);
}

function isPast(entry: RunEntry, stop: Stop | null, direction: Direction): boolean {
  if (!stop) return false;
  const order = compareToValue(entry, stop.value) * direction;
  return order > 0 || (order === 0 && !stop.inclusive);
}

/**
 * Document ids from all sources merged in sort order, each once, at its first (for arrays: its
 * smallest ascending, largest descending) value, which is where a sort places it.
 */
export function* mergeInOrder(sources: OrderedSource[], direction: Direction): Generator<string> {
  const walks = sources.map(({ run, stop, start }) => ({ entries: walkFrom(run, start, direction), stop, head: undefined as RunEntry | undefined }));
  const advance = (walk: (typeof walks)[number]) => {
    const next = walk.entries.next();
    walk.head = next.done || isPast(next.value, walk.stop, direction) ? undefined : next.value;
  };
  walks.forEach(advance);
  const emitted = new Set<string>();
  for (;;) {
    let first: (typeof walks)[number] | undefined;
    for (const walk of walks) {
      if (walk.head && (!first?.head || compareEntries(walk.head, first.head) * direction < 0)) first = walk;
    }
    if (!first?.head) return;
    const { id } = first.head;
    advance(first);
    if (emitted.has(id)) continue;
    emitted.add(id);
    yield id;
  }
}
