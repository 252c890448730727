import { compileFilter } from '../query/filter.ts';
import { sortDocs, sortFields, type SortField } from '../query/sort.ts';
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
function orderedSources(source: SortedSource, filter: Doc, [field, direction]: SortField): OrderedSource[] | null {
  const indexes = [...source.indexes];
  const exact = exactLookupSize(filter, indexes);
  return exact !== null && exact <= SMALL_LOOKUP ? null : planOrdered(filter, field, direction, indexes);
}

/**
 * The first `limit` matches in `sort` order. A single-field sort that a compound index serves
 * (leading field pinned, sorted on the second) walks the index and stops at the limit;
 * anything else sorts all matches.
 */
export function findSorted(source: SortedSource, filter: Doc | undefined, sort: Doc | undefined, limit: number): Doc[] {
  const fields = sort ? sortFields(sort) : [];
  if (fields.length === 0) return source.find(filter, limit);
  const order = fields.length === 1 ? fields[0] : undefined;
  const sources = filter && order ? orderedSources(source, filter, order) : null;
  if (!sources || !order) {
    // Index candidates come in hash order; ties in the sort keep natural order, as on the ordered path.
    const inNaturalOrder = source.find(filter).sort((a, b) => source.seqOf(a) - source.seqOf(b));
    return sortDocs(inNaturalOrder, sort).slice(0, limit);
  }
  const matches = compileFilter(filter);
  const result: Doc[] = [];
  for (const id of mergeInOrder(sources, order[1])) {
    if (result.length >= limit) break;
    const doc = source.get(id);
    if (doc && matches(doc)) result.push(doc);
  }
  return result;
}
