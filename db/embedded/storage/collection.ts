import { deserialize, ObjectId } from 'bson';
import { errors } from '../errors.ts';
import { compileFilter } from '../query/filter.ts';
import { BSON_DECODE_OPTIONS } from '../values/bson-options.ts';
import type { Doc } from '../values/doc-paths.ts';
import { checkStoredNesting, encodeForStorage, type WriteKind } from '../values/storage-rules.ts';
import { valueKey } from '../values/value-key.ts';
import type { ChangeLog } from './change-log.ts';
import type { DocRef, Segment } from './doc-ref.ts';
import { duplicateKeyError } from './duplicate-key.ts';
import { IndexEntry, type IndexSpec } from './index-entry.ts';
import { indexDocument, reindexDocument, unindexDocument, uniqueConflict } from './index-maintenance.ts';
import { countFromIndex, planCandidates } from './planner.ts';
import { findSorted } from './sorted-find.ts';

export const ID_INDEX: IndexSpec = { v: 2, key: { _id: 1 }, name: '_id_' };

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
    this.indexes.set(ID_INDEX.name, new IndexEntry(ID_INDEX, () => this.docs));
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

  /** How many documents match; read off an index when one answers the filter exactly (planner.ts). */
  count(filter?: Doc): number {
    if (!filter || Object.keys(filter).length === 0) return this.size;
    return countFromIndex(filter, this.indexes.values()) ?? this.find(filter).length;
  }

  /** The first `limit` matches in `sort` order (see sorted-find.ts). */
  findSorted(filter: Doc | undefined, sort: Doc | undefined, limit: number): Doc[] {
    return findSorted(
      { indexes: this.indexes.values(), find: (f, l) => this.find(f, l), get: (id) => this.get(id), seqOf: (doc) => this.docs.get(valueKey(doc._id))?.seq ?? 0 },
      filter,
      sort,
      limit,
    );
  }

  /** `kind` picks MongoDB's storage rules: those of an insert, or of an update (upserts). */
  insert(doc: Doc, kind: WriteKind = 'insert'): Doc {
    const { _id, ...rest } = doc;
    const stored: Doc = { _id: _id === undefined ? new ObjectId() : _id, ...rest };
    const bytes = encodeForStorage(stored, kind);
    const idKey = valueKey(stored._id);
    // The unique-index check skips the document's own _id (updates keep it); an insert of an _id already stored is a duplicate.
    if (this.docs.has(idKey)) throw duplicateKeyError(this.ns, this.indexes.get(ID_INDEX.name)!, { key: idKey, values: [stored._id] });
    this.assertUnique(idKey, stored);
    const ref = this.journaled(idKey, bytes, this.nextSeq++);
    this.place(ref, stored);
    this.log.onRollback(() => this.unplace(ref, stored));
    return stored;
  }

  replace(oldDoc: Doc, newDoc: Doc): void {
    const idKey = valueKey(oldDoc._id);
    // Updates keep the very _id value; only a replacement can bring another.
    if (newDoc._id !== oldDoc._id && valueKey(newDoc._id) !== idKey) {
      throw errors.immutableField("Performing an update on the path '_id' would modify the immutable field '_id'");
    }
    const bytes = encodeForStorage(newDoc, 'update');
    this.assertUnique(idKey, newDoc, oldDoc);
    const old = this.docs.get(idKey);
    if (!old) return;
    const ref = this.journaled(old.key, bytes, old.seq);
    this.swap(oldDoc, ref, newDoc);
    this.log.onRollback(() => this.swap(newDoc, old, oldDoc));
  }

  remove(doc: Doc): void {
    this.removeKey(valueKey(doc._id));
  }

  /** Removes the document with this `_id` key (what indexes hold). */
  removeKey(idKey: string): void {
    const ref = this.docs.get(idKey);
    if (!ref) return;
    const stored = decode(ref);
    this.unplace(ref, stored);
    this.log.append({ o: 'del', d: this.db, c: this.name, id: stored._id });
    this.log.onRollback(() => {
      this.place(ref, stored);
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
    const ref: DocRef = { key: old?.key ?? idKey, segment, offset, length: bytes.length, seq: old?.seq ?? this.nextSeq++ };
    if (old) this.swap(decode(old), ref, doc);
    else this.place(ref, doc);
  }

  createIndex(spec: IndexSpec): void {
    const index = new IndexEntry(spec);
    for (const [idKey, ref] of this.refs()) {
      const doc = decode(ref, true);
      const conflict = index.findConflict(idKey, doc);
      if (conflict) throw duplicateKeyError(this.ns, index, conflict);
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

  /** Spelled out field by field: one object shape for every DocRef keeps its fields inside the object. */
  private journaled(key: string, bytes: Buffer, seq: number): DocRef {
    const { segment, offset } = this.log.putDocument(this.db, this.name, bytes);
    return { key, segment, offset, length: bytes.length, seq };
  }

  private get(idKey: string): Doc | undefined {
    const ref = this.docs.get(idKey);
    return ref ? decode(ref) : undefined;
  }

  private place(ref: DocRef, doc: Doc): void {
    this.docs.set(ref.key, ref);
    indexDocument(this.indexes.values(), ref.key, doc, ref.seq);
  }

  private unplace(ref: DocRef, doc: Doc): void {
    this.docs.delete(ref.key);
    unindexDocument(this.indexes.values(), ref.key, doc, ref.seq);
  }

  /** Versions of one document keep its insertion order (`seq`) and its key. */
  private swap(fromDoc: Doc, to: DocRef, toDoc: Doc): void {
    reindexDocument(this.indexes.values(), to.key, fromDoc, toDoc, to.seq);
    this.docs.set(to.key, to);
  }

  private assertUnique(idKey: string, doc: Doc, previous?: Doc): void {
    const conflict = uniqueConflict(this.indexes.values(), idKey, doc, previous);
    if (conflict) throw duplicateKeyError(this.ns, ...conflict);
  }
}

function decode(ref: DocRef, sequential = false): Doc {
  return deserialize(ref.segment.read(ref.offset, ref.length, sequential), BSON_DECODE_OPTIONS);
}
