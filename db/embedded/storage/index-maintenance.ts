import type { Doc } from '../values/doc-paths.ts';
import type { IndexEntry, IndexKey } from './index-entry.ts';

/** A collection's indexes, kept in step with its documents. `seq` is the document's insertion order. */
export function indexDocument(indexes: Iterable<IndexEntry>, idKey: string, doc: Doc, seq: number): void {
  for (const index of indexes) index.add(idKey, doc, seq);
}

export function unindexDocument(indexes: Iterable<IndexEntry>, idKey: string, doc: Doc, seq: number): void {
  for (const index of indexes) index.remove(idKey, doc, seq);
}

function sameKeys(a: IndexKey[], b: IndexKey[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry.key === b[i]?.key);
}

/**
 * Whether the next version holds the very same values in the index's fields. Updates copy only
 * what they change (plain-update.ts), so an untouched field is the same value or the same object,
 * and its keys need not be worked out twice to see they did not change.
 */
function untouched(index: IndexEntry, from: Doc, to: Doc): boolean {
  if (index.isPartial) return false;
  for (const field of index.fields) if (field.includes('.') || from[field] !== to[field]) return false;
  return true;
}

/** Moves a document's index entries from one version to the next. */
export function reindexDocument(indexes: Iterable<IndexEntry>, idKey: string, from: Doc, to: Doc, seq: number): void {
  for (const index of indexes) {
    if (untouched(index, from, to)) continue;
    const before = index.keysOf(from);
    const after = index.keysOf(to);
    // Most updates touch a field or two: an index whose keys did not change keeps its entries.
    if (sameKeys(before, after)) continue;
    index.remove(idKey, from, seq, before);
    index.add(idKey, to, seq, after);
  }
}

/**
 * The first unique index that already holds one of the document's keys under another id. For an
 * update, `previous` is the version it replaces: an index whose fields it left alone cannot conflict.
 */
export function uniqueConflict(indexes: Iterable<IndexEntry>, idKey: string, doc: Doc, previous?: Doc): [IndexEntry, IndexKey] | null {
  for (const index of indexes) {
    if (previous && untouched(index, previous, doc)) continue;
    const conflict = index.findConflict(idKey, doc);
    if (conflict) return [index, conflict];
  }
  return null;
}
