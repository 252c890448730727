import { errors } from '../errors.ts';
import type { Doc } from '../values/doc-paths.ts';
import type { ChangeLog } from './change-log.ts';
import { Collection } from './collection.ts';
import type { Segment } from './doc-ref.ts';
import type { IndexSpec } from './index-entry.ts';

const BAD_DB_CHARS = /[/\\. "$\0]/;

function assertValidNames(db: string, collection?: string): void {
  if (db.length === 0 || BAD_DB_CHARS.test(db)) throw errors.invalidNamespace(`Invalid database name: '${db}'`);
  if (collection === undefined) return;
  if (collection.length === 0 || collection.includes('$') || collection.includes('\0')) {
    throw errors.invalidNamespace(`Invalid collection name: '${collection}'`);
  }
}

/** A document version as found in a data file while loading. */
export interface StoredVersion {
  bytes: Buffer;
  segment: Segment;
  offset: number;
}

/** All databases and their collections. Every change is reported to the change log. */
export class Catalog {
  readonly databases = new Map<string, Map<string, Collection>>();
  log: ChangeLog;
  /** Collections keep this, so swapping `log` (replaying while loading) reaches all of them. */
  private readonly forward: ChangeLog = {
    putDocument: (db, collection, bytes) => this.log.putDocument(db, collection, bytes),
    append: (record) => this.log.append(record),
    onRollback: (undo) => this.log.onRollback(undo),
  };

  constructor(log: ChangeLog) {
    this.log = log;
  }

  get(db: string, name: string): Collection | undefined {
    return this.databases.get(db)?.get(name);
  }

  /** Collections are created implicitly by the first write, as in MongoDB. */
  getOrCreate(db: string, name: string, options: Doc = {}): Collection {
    return this.get(db, name) ?? this.create(db, name, options);
  }

  create(db: string, name: string, options: Doc = {}): Collection {
    assertValidNames(db, name);
    if (this.get(db, name)) throw errors.namespaceExists(`${db}.${name}`);
    let collections = this.databases.get(db);
    if (!collections) {
      collections = new Map();
      this.databases.set(db, collections);
    }
    const collection = new Collection(db, name, options, this.forward);
    collections.set(name, collection);
    this.log.append({ o: 'create', d: db, c: name, options });
    this.log.onRollback(() => this.detach(db, name));
    return collection;
  }

  drop(db: string, name: string): boolean {
    const collection = this.get(db, name);
    if (!collection) return false;
    this.detach(db, name);
    this.log.append({ o: 'drop', d: db, c: name });
    this.log.onRollback(() => this.attach(collection));
    return true;
  }

  dropDatabase(db: string): void {
    const collections = this.databases.get(db);
    if (!collections) return;
    this.databases.delete(db);
    this.log.append({ o: 'dropDatabase', d: db });
    this.log.onRollback(() => this.databases.set(db, collections));
  }

  collections(db: string): Collection[] {
    return [...(this.databases.get(db)?.values() ?? [])];
  }

  allCollections(): Collection[] {
    return [...this.databases.values()].flatMap((collections) => [...collections.values()]);
  }

  /** Replays one journal/snapshot record (the log is REPLAYING while loading); a put comes with its document's bytes. */
  apply(record: Doc, version?: StoredVersion): void {
    const db = String(record.d);
    const name = String(record.c);
    switch (record.o) {
      case 'put':
        if (!version) throw new Error('a put record without its document');
        return this.getOrCreate(db, name).restore(version.bytes, version.segment, version.offset);
      case 'del':
        return this.get(db, name)?.remove({ _id: record.id });
      case 'create':
        if (!this.get(db, name)) this.create(db, name, (record.options as Doc | undefined) ?? {});
        return;
      case 'drop':
        this.drop(db, name);
        return;
      case 'dropDatabase':
        return this.dropDatabase(db);
      case 'index':
        return this.getOrCreate(db, name).createIndex(record.spec as IndexSpec);
      case 'dropIndex': {
        const collection = this.get(db, name);
        if (collection?.indexes.has(String(record.name))) collection.dropIndex(String(record.name));
        return;
      }
    }
  }

  private detach(db: string, name: string): void {
    const collections = this.databases.get(db);
    collections?.delete(name);
    if (collections?.size === 0) this.databases.delete(db);
  }

  private attach(collection: Collection): void {
    const collections = this.databases.get(collection.db) ?? new Map<string, Collection>();
    collections.set(collection.name, collection);
    this.databases.set(collection.db, collections);
  }
}
