import { ObjectId } from 'bson';
import { errors, ServerError } from '../errors.ts';
import { compileFilter } from '../query/filter.ts';
import { sortDocs, sortFields, type SortField } from '../query/sort.ts';
import { formatKeyValue } from '../values/format.ts';
import type { Doc } from '../values/doc-paths.ts';
import { encodeForStorage, type WriteKind } from '../values/storage-rules.ts';
import { valueKey } from '../values/value-key.ts';
import { IndexEntry, type IndexKey, type IndexSpec } from './index-entry.ts';
import { exactLookupSize, planCandidates } from './planner.ts';
import { mergeInOrder, planOrdered, type OrderedSource } from './ordered-plan.ts';
import type { WriteLog } from './write-log.ts';

export const ID_INDEX: IndexSpec = { v: 2, key: { _id: 1 }, name: '_id_' };

/** Up to this many exact index hits are cheaper to sort than walking an ordered index. */
const SMALL_LOOKUP = 64;

/** The documents of one collection (by `_id` key, in natural order) and their indexes. */
export class Collection {
  readonly db: string;
  readonly name: string;
  readonly options: Doc;
  readonly docs = new Map<string, Doc>();
  readonly indexes = new Map<string, IndexEntry>();
  private readonly log: WriteLog;
  /** Insertion order per document: ties in an ordered index keep it, as the stable in-memory sort does. */
  private readonly seqs = new Map<string, number>();
  private nextSeq = 0;

  constructor(db: string, name: string, options: Doc, log: WriteLog) {
    this.db = db;
    this.name = name;
    this.options = options;
    this.log = log;
    this.indexes.set(ID_INDEX.name, new IndexEntry(ID_INDEX));
  }

  get ns(): string {
    return `${this.db}.${this.name}`;
  }

  /** Documents that may match `filter` (an index narrows it when it can), in natural order otherwise. */
  candidates(filter?: Doc): Iterable<Doc> {
    const ids = planCandidates(filter, this.indexes.values());
    if (ids === null) return this.docs.values();
    const found: Doc[] = [];
    for (const id of ids) {
      const doc = this.docs.get(id);
      if (doc) found.push(doc);
    }
    return found;
  }

  getById(id: unknown): Doc | undefined {
    return this.docs.get(valueKey(id));
  }

  /** Matching documents; `limit` stops the scan early (only meaningful without a sort). */
  find(filter?: Doc, limit = Number.POSITIVE_INFINITY): Doc[] {
    const matches = compileFilter(filter);
    const result: Doc[] = [];
    for (const doc of this.candidates(filter)) {
      if (result.length >= limit) break;
      if (matches(doc)) result.push(doc);
    }
    return result;
  }

  /**
   * The first `limit` matches in `sort` order. A single-field sort that a compound index serves
   * (leading field pinned, sorted on the second) walks the index and stops at the limit;
   * anything else sorts all matches.
   */
  findSorted(filter: Doc | undefined, sort: Doc | undefined, limit: number): Doc[] {
    const fields = sort ? sortFields(sort) : [];
    if (fields.length === 0) return this.find(filter, limit);
    const order = fields.length === 1 ? fields[0] : undefined;
    const sources = filter && order ? this.orderedSources(filter, order) : null;
    // Index candidates come in hash order; ties in the sort keep natural order, as on the ordered path.
    if (!sources || !order) return sortDocs(this.inNaturalOrder(this.find(filter)), sort).slice(0, limit);
    const matches = compileFilter(filter);
    const result: Doc[] = [];
    for (const id of mergeInOrder(sources, order[1])) {
      if (result.length >= limit) break;
      const doc = this.docs.get(id);
      if (doc && matches(doc)) result.push(doc);
    }
    return result;
  }

  private inNaturalOrder(docs: Doc[]): Doc[] {
    const seqOf = (doc: Doc) => this.seqs.get(valueKey(doc._id)) ?? 0;
    return docs.sort((a, b) => seqOf(a) - seqOf(b));
  }

  /** Ordered index runs for this sort, unless an exact lookup finds so few documents that sorting them is cheaper. */
  private orderedSources(filter: Doc, [field, direction]: SortField): OrderedSource[] | null {
    const indexes = [...this.indexes.values()];
    const exact = exactLookupSize(filter, indexes);
    return exact !== null && exact <= SMALL_LOOKUP ? null : planOrdered(filter, field, direction, indexes);
  }

  /** `kind` picks MongoDB's storage rules: those of an insert, or of an update (upserts, replay). */
  insert(doc: Doc, kind: WriteKind = 'insert'): Doc {
    const { _id, ...rest } = doc;
    const stored: Doc = { _id: _id === undefined ? new ObjectId() : _id, ...rest };
    encodeForStorage(stored, kind);
    const idKey = valueKey(stored._id);
    this.assertUnique(idKey, stored);
    const seq = this.nextSeq++;
    this.docs.set(idKey, stored);
    this.seqs.set(idKey, seq);
    for (const index of this.indexes.values()) index.add(idKey, stored, seq);
    this.log.append({ o: 'put', d: this.db, c: this.name, doc: stored });
    return stored;
  }

  replace(oldDoc: Doc, newDoc: Doc): void {
    const idKey = valueKey(oldDoc._id);
    if (valueKey(newDoc._id) !== idKey) {
      throw errors.immutableField(
        "Performing an update on the path '_id' would modify the immutable field '_id'",
      );
    }
    encodeForStorage(newDoc, 'update');
    this.assertUnique(idKey, newDoc);
    const seq = this.seqOf(idKey);
    for (const index of this.indexes.values()) {
      const before = index.keysOf(oldDoc);
      const after = index.keysOf(newDoc);
      // Most updates touch a field or two: an index whose keys did not change keeps its entries.
      if (sameKeys(before, after)) continue;
      index.remove(idKey, oldDoc, seq, before);
      index.add(idKey, newDoc, seq, after);
    }
    this.docs.set(idKey, newDoc);
    this.log.append({ o: 'put', d: this.db, c: this.name, doc: newDoc });
  }

  remove(doc: Doc): void {
    const idKey = valueKey(doc._id);
    const stored = this.docs.get(idKey);
    if (!stored) return;
    const seq = this.seqOf(idKey);
    this.docs.delete(idKey);
    this.seqs.delete(idKey);
    for (const index of this.indexes.values()) index.remove(idKey, stored, seq);
    this.log.append({ o: 'del', d: this.db, c: this.name, id: doc._id });
  }

  createIndex(spec: IndexSpec): void {
    const index = new IndexEntry(spec);
    for (const [idKey, doc] of this.docs) {
      const conflict = index.findConflict(idKey, doc);
      if (conflict) throw this.duplicateKeyError(index, conflict);
      index.add(idKey, doc, this.seqOf(idKey));
    }
    this.indexes.set(spec.name, index);
    this.log.append({ o: 'index', d: this.db, c: this.name, spec });
  }

  dropIndex(name: string): void {
    if (!this.indexes.delete(name)) throw errors.indexNotFound(`index not found with name [${name}]`);
    this.log.append({ o: 'dropIndex', d: this.db, c: this.name, name });
  }

  private seqOf(idKey: string): number {
    return this.seqs.get(idKey) ?? 0;
  }

  private assertUnique(idKey: string, doc: Doc): void {
    for (const index of this.indexes.values()) {
      const conflict = index.findConflict(idKey, doc);
      if (conflict) throw this.duplicateKeyError(index, conflict);
    }
  }

  private duplicateKeyError(index: IndexEntry, conflict: IndexKey): ServerError {
    const keyValue: Doc = {};
    index.fields.forEach((field, i) => {
      keyValue[field] = conflict.values[i] ?? null;
    });
    const message =
      `E11000 duplicate key error collection: ${this.ns} index: ${index.spec.name} ` +
      `dup key: ${formatKeyValue(keyValue)}`;
    return new ServerError(11000, 'DuplicateKey', message, { keyPattern: index.spec.key, keyValue });
  }
}

function sameKeys(a: IndexKey[], b: IndexKey[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry.key === b[i]?.key);
}
