import { ObjectId } from 'bson';
import { errors, ServerError } from '../errors.ts';
import { compileFilter } from '../query/filter.ts';
import { formatKeyValue } from '../values/format.ts';
import type { Doc } from '../values/doc-paths.ts';
import { valueKey } from '../values/value-key.ts';
import { IndexEntry, type IndexKey, type IndexSpec } from './index-entry.ts';
import { planCandidates } from './planner.ts';
import type { WriteLog } from './write-log.ts';

export const ID_INDEX: IndexSpec = { v: 2, key: { _id: 1 }, name: '_id_' };

/** The documents of one collection (by `_id` key, in natural order) and their indexes. */
export class Collection {
  readonly db: string;
  readonly name: string;
  readonly options: Doc;
  readonly docs = new Map<string, Doc>();
  readonly indexes = new Map<string, IndexEntry>();
  private readonly log: WriteLog;

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

  insert(doc: Doc): Doc {
    const { _id, ...rest } = doc;
    const stored: Doc = { _id: _id === undefined ? new ObjectId() : _id, ...rest };
    if (Array.isArray(stored._id)) throw errors.badValue("can't use an array for _id");
    const idKey = valueKey(stored._id);
    this.assertUnique(idKey, stored);
    this.docs.set(idKey, stored);
    for (const index of this.indexes.values()) index.add(idKey, stored);
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
    this.assertUnique(idKey, newDoc);
    for (const index of this.indexes.values()) index.remove(idKey, oldDoc);
    for (const index of this.indexes.values()) index.add(idKey, newDoc);
    this.docs.set(idKey, newDoc);
    this.log.append({ o: 'put', d: this.db, c: this.name, doc: newDoc });
  }

  remove(doc: Doc): void {
    const idKey = valueKey(doc._id);
    if (!this.docs.delete(idKey)) return;
    for (const index of this.indexes.values()) index.remove(idKey, doc);
    this.log.append({ o: 'del', d: this.db, c: this.name, id: doc._id });
  }

  createIndex(spec: IndexSpec): void {
    const index = new IndexEntry(spec);
    for (const [idKey, doc] of this.docs) {
      const conflict = index.findConflict(idKey, doc);
      if (conflict) throw this.duplicateKeyError(index, conflict);
      index.add(idKey, doc);
    }
    this.indexes.set(spec.name, index);
    this.log.append({ o: 'index', d: this.db, c: this.name, spec });
  }

  dropIndex(name: string): void {
    if (!this.indexes.delete(name)) throw errors.indexNotFound(`index not found with name [${name}]`);
    this.log.append({ o: 'dropIndex', d: this.db, c: this.name, name });
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
