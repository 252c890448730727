import { errors } from '../errors.ts';
import type { Doc } from '../values/doc-paths.ts';
import { Collection } from './collection.ts';
import type { IndexSpec } from './index-entry.ts';
import type { WriteLog } from './write-log.ts';

const BAD_DB_CHARS = /[/\\. "$\0]/;

function assertValidNames(db: string, collection?: string): void {
  if (db.length === 0 || BAD_DB_CHARS.test(db)) throw errors.invalidNamespace(`Invalid database name: '${db}'`);
  if (collection === undefined) return;
  if (collection.length === 0 || collection.includes('$') || collection.includes('\0')) {
    throw errors.invalidNamespace(`Invalid collection name: '${collection}'`);
  }
}

/** All databases and their collections. Every change is reported to the write log. */
export class Catalog {
  readonly databases = new Map<string, Map<string, Collection>>();
  log: WriteLog;
  /** Collections keep this, so swapping `log` (detached while loading) reaches all of them. */
  private readonly forward: WriteLog = { append: (record) => this.log.append(record) };

  constructor(log: WriteLog) {
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
    return collection;
  }

  drop(db: string, name: string): boolean {
    const collections = this.databases.get(db);
    if (!collections?.delete(name)) return false;
    if (collections.size === 0) this.databases.delete(db);
    this.log.append({ o: 'drop', d: db, c: name });
    return true;
  }

  dropDatabase(db: string): void {
    if (!this.databases.delete(db)) return;
    this.log.append({ o: 'dropDatabase', d: db });
  }

  collections(db: string): Collection[] {
    return [...(this.databases.get(db)?.values() ?? [])];
  }

  allCollections(): Collection[] {
    return [...this.databases.values()].flatMap((collections) => [...collections.values()]);
  }

  /** Replays one journal/snapshot record (the log is detached while loading). */
  apply(record: Doc): void {
    const db = String(record.d);
    const name = String(record.c);
    switch (record.o) {
      case 'put':
        return this.applyPut(db, name, record.doc as Doc);
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

  private applyPut(db: string, name: string, doc: Doc): void {
    const collection = this.getOrCreate(db, name);
    const existing = collection.getById(doc._id);
    if (existing) collection.replace(existing, doc);
    else collection.insert(doc, 'update');
  }
}
