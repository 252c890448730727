import { compileFilter } from '../query/filter.ts';
import { compareBson } from '../values/bson-compare.ts';
import { sortDocs, sortFields, sortKey, type SortField } from '../query/sort.ts';
import type { Doc } from '../values/doc-paths.ts';
import type { IndexEntry } from './index-entry.ts';
import { mergeInOrder, planOrdered, type OrderedSource } from './ordered-plan.ts';
import { exactLookupSize } from './planner.ts';

/** Up to this many exact index hits are cheaper to sort than walking an ordered index. */
const SMALL_LOOKUP = 64;

/** What a sorted read needs from a collection. */
export interface SortedSource {
  indexes: Iterable<IndexEntry>;
  find(filter: Doc | undefined, limit?: number): Doc[];
  /** The document with this `_id` key, decoded. */
  get(idKey: string): Doc | undefined;
  /** Natural order of a document (its insertion order). */
  seqOf(doc: Doc): number;
}

/** Ordered index runs for this sort, unless an exact lookup finds so few documents that sorting them is cheaper. */
function orderedSources(source: SortedSource, filter: Doc, [field, direction]: SortField, limit: number): OrderedSource[] | null {
  const indexes = [...source.indexes];
  const exact = exactLookupSize(filter, indexes);
  if (exact !== null && exact <= SMALL_LOOKUP) return null;
  const sources = planOrdered(filter, field, direction, indexes);
  if (!sources || exact === null) return sources;
  // Walking reads about limit × (run size / matches) documents; the exact lookup reads its matches once.
  const walked = sources.reduce((sum, { run }) => sum + run.size, 0);
  return exact * exact < limit * walked ? null : sources;
}

/**
 * The first `limit` matches in `sort` order. A sort whose first field a compound index serves
 * (leading field pinned, sorted on the second) walks the index and stops at the limit (past it
 * while later sort fields may still reorder ties); anything else sorts all matches.
 */
export function findSorted(source: SortedSource, filter: Doc | undefined, sort: Doc | undefined, limit: number): Doc[] {
  const fields = sort ? sortFields(sort) : [];
  if (fields.length === 0) return source.find(filter, limit);
  const order = fields[0];
  const sources = filter && order ? orderedSources(source, filter, order, limit) : null;
  if (!sources || !order) {
    // Index candidates come in hash order; ties in the sort keep natural order, as on the ordered path.
    const inNaturalOrder = source.find(filter).sort((a, b) => source.seqOf(a) - source.seqOf(b));
    return sortDocs(inNaturalOrder, sort).slice(0, limit);
  }
  const matches = compileFilter(filter);
  const result: Doc[] = [];
  // Walked in the order of the first sort field; later fields only order ties of it, so the walk
  // goes on past the limit while the first field's value stays the same, and the result is sorted.
  for (const id of mergeInOrder(sources, order[1])) {
    const doc = source.get(id);
    if (!doc || !matches(doc)) continue;
    if (result.length >= limit && (fields.length === 1 || compareBson(sortKey(doc, order), sortKey(result.at(-1)!, order)) !== 0)) break;
    result.push(doc);
  }
  return fields.length === 1 ? result : sortDocs(result, sort).slice(0, limit);
}
