import { deserialize, ObjectId } from 'bson';
import { errors, ServerError } from '../errors.ts';
import { compileFilter } from '../query/filter.ts';
import { sortDocs, sortFields, type SortField } from '../query/sort.ts';
import { BSON_DECODE_OPTIONS } from '../values/bson-options.ts';
import { formatKeyValue } from '../values/format.ts';
import type { Doc } from '../values/doc-paths.ts';
import { checkStoredNesting, encodeForStorage, type WriteKind } from '../values/storage-rules.ts';
import { valueKey } from '../values/value-key.ts';
import type { ChangeLog } from './change-log.ts';
import type { DocRef, Segment } from './doc-ref.ts';
import { IndexEntry, type IndexKey, type IndexSpec } from './index-entry.ts';
import { exactLookupSize, planCandidates } from './planner.ts';
import { mergeInOrder, planOrdered, type OrderedSource } from './ordered-plan.ts';

export const ID_INDEX: IndexSpec = { v: 2, key: { _id: 1 }, name: '_id_' };

/** Up to this many exact index hits are cheaper to sort than walking an ordered index. */
const SMALL_LOOKUP = 64;

/**
 * The documents of one collection and their indexes. Documents stay in their data files; the
 * collection keeps where each one is (by `_id` key, in natural order) and decodes on read, so
 * every caller gets its own copy.
 */
export class Collection {
  readonly db: string;
  readonly name: string;
  readonly options: Doc;
  readonly indexes = new Map<string, IndexEntry>();
  private docs = new Map<string, DocRef>();
  private readonly log: ChangeLog;
  private nextSeq = 0;
  /** A rolled-back delete puts its document back at the end of the map; natural order is restored before the next walk. */
  private outOfOrder = false;

  constructor(db: string, name: string, options: Doc, log: ChangeLog) {
    this.db = db;
    this.name = name;
    this.options = options;
    this.log = log;
    this.indexes.set(ID_INDEX.name, new IndexEntry(ID_INDEX));
  }

  get ns(): string {
    return `${this.db}.${this.name}`;
  }

  get size(): number {
    return this.docs.size;
  }

  /** Where every document is, in natural order (what a snapshot copies). */
  refs(): Map<string, DocRef> {
    if (this.outOfOrder) {
      this.docs = new Map([...this.docs].sort(([, a], [, b]) => a.seq - b.seq));
      this.outOfOrder = false;
    }
    return this.docs;
  }

  *all(): Generator<Doc> {
    for (const ref of this.refs().values()) yield decode(ref, true);
  }

  getById(id: unknown): Doc | undefined {
    return this.get(valueKey(id));
  }

  /** Documents that may match `filter` (an index narrows it when it can), in natural order otherwise. */
  candidates(filter?: Doc): Iterable<Doc> {
    const ids = planCandidates(filter, this.indexes.values());
    if (ids === null) return this.all();
    const found: Doc[] = [];
    for (const id of ids) {
      const doc = this.get(id);
      if (doc) found.push(doc);
    }
    return found;
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
      const doc = this.get(id);
      if (doc && matches(doc)) result.push(doc);
    }
    return result;
  }

  /** `kind` picks MongoDB's storage rules: those of an insert, or of an update (upserts). */
  insert(doc: Doc, kind: WriteKind = 'insert'): Doc {
    const { _id, ...rest } = doc;
    const stored: Doc = { _id: _id === undefined ? new ObjectId() : _id, ...rest };
    const bytes = encodeForStorage(stored, kind);
    const idKey = valueKey(stored._id);
    this.assertUnique(idKey, stored);
    const ref: DocRef = { ...this.log.putDocument(this.db, this.name, bytes), length: bytes.length, seq: this.nextSeq++ };
    this.place(idKey, ref, stored);
    this.log.onRollback(() => this.unplace(idKey, ref, stored));
    return stored;
  }

  replace(oldDoc: Doc, newDoc: Doc): void {
    const idKey = valueKey(oldDoc._id);
    if (valueKey(newDoc._id) !== idKey) {
      throw errors.immutableField("Performing an update on the path '_id' would modify the immutable field '_id'");
    }
    const bytes = encodeForStorage(newDoc, 'update');
    this.assertUnique(idKey, newDoc);
    const old = this.docs.get(idKey);
    if (!old) return;
    const ref: DocRef = { ...this.log.putDocument(this.db, this.name, bytes), length: bytes.length, seq: old.seq };
    this.swap(idKey, old, oldDoc, ref, newDoc);
    this.log.onRollback(() => this.swap(idKey, ref, newDoc, old, oldDoc));
  }

  remove(doc: Doc): void {
    this.removeKey(valueKey(doc._id));
  }

  /** Removes the document with this `_id` key (what indexes hold). */
  removeKey(idKey: string): void {
    const ref = this.docs.get(idKey);
    if (!ref) return;
    const stored = decode(ref);
    this.unplace(idKey, ref, stored);
    this.log.append({ o: 'del', d: this.db, c: this.name, id: stored._id });
    this.log.onRollback(() => {
      this.place(idKey, ref, stored);
      this.outOfOrder = true;
    });
  }

  /** Replays a document version found in a data file (nothing is journaled). */
  restore(bytes: Buffer, segment: Segment, offset: number): void {
    checkStoredNesting(bytes);
    const doc = deserialize(bytes, BSON_DECODE_OPTIONS);
    const idKey = valueKey(doc._id);
    this.assertUnique(idKey, doc);
    const old = this.docs.get(idKey);
    const ref: DocRef = { segment, offset, length: bytes.length, seq: old?.seq ?? this.nextSeq++ };
    if (old) this.swap(idKey, old, decode(old), ref, doc);
    else this.place(idKey, ref, doc);
  }

  createIndex(spec: IndexSpec): void {
    const index = new IndexEntry(spec);
    for (const [idKey, ref] of this.refs()) {
      const doc = decode(ref);
      const conflict = index.findConflict(idKey, doc);
      if (conflict) throw this.duplicateKeyError(index, conflict);
      index.add(idKey, doc, ref.seq);
    }
    this.indexes.set(spec.name, index);
    this.log.append({ o: 'index', d: this.db, c: this.name, spec });
    this.log.onRollback(() => this.indexes.delete(spec.name));
  }

  dropIndex(name: string): void {
    const index = this.indexes.get(name);
    if (!index) throw errors.indexNotFound(`index not found with name [${name}]`);
    this.indexes.delete(name);
    this.log.append({ o: 'dropIndex', d: this.db, c: this.name, name });
    this.log.onRollback(() => this.indexes.set(name, index));
  }

  private get(idKey: string): Doc | undefined {
    const ref = this.docs.get(idKey);
    return ref ? decode(ref) : undefined;
  }

  private place(idKey: string, ref: DocRef, doc: Doc): void {
    this.docs.set(idKey, ref);
    for (const index of this.indexes.values()) index.add(idKey, doc, ref.seq);
  }

  private unplace(idKey: string, ref: DocRef, doc: Doc): void {
    this.docs.delete(idKey);
    for (const index of this.indexes.values()) index.remove(idKey, doc, ref.seq);
  }

  private swap(idKey: string, from: DocRef, fromDoc: Doc, to: DocRef, toDoc: Doc): void {
    for (const index of this.indexes.values()) {
      const before = index.keysOf(fromDoc);
      const after = index.keysOf(toDoc);
      // Most updates touch a field or two: an index whose keys did not change keeps its entries.
      if (sameKeys(before, after)) continue;
      index.remove(idKey, fromDoc, from.seq, before);
      index.add(idKey, toDoc, to.seq, after);
    }
    this.docs.set(idKey, to);
  }

  private inNaturalOrder(docs: Doc[]): Doc[] {
    const seqOf = (doc: Doc) => this.docs.get(valueKey(doc._id))?.seq ?? 0;
    return docs.sort((a, b) => seqOf(a) - seqOf(b));
  }

  /** Ordered index runs for this sort, unless an exact lookup finds so few documents that sorting them is cheaper. */
  private orderedSources(filter: Doc, [field, direction]: SortField): OrderedSource[] | null {
    const indexes = [...this.indexes.values()];
    const exact = exactLookupSize(filter, indexes);
    return exact !== null && exact <= SMALL_LOOKUP ? null : planOrdered(filter, field, direction, indexes);
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

function decode(ref: DocRef, sequential = false): Doc {
  return deserialize(ref.segment.read(ref.offset, ref.length, sequential), BSON_DECODE_OPTIONS);
}

function sameKeys(a: IndexKey[], b: IndexKey[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry.key === b[i]?.key);
}
