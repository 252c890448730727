import { isDeepStrictEqual } from 'node:util';
import { errors } from '../errors.ts';
import type { IndexSpec } from '../storage/index-entry.ts';
import type { Collection } from '../storage/collection.ts';
import type { Doc } from '../values/doc-paths.ts';
import { valueKey } from '../values/value-key.ts';
import { collectionName, existing, type CommandHandler } from './context.ts';

const IGNORED_OPTIONS = new Set(['background', 'ns', 'v']);

function normalize(raw: Doc): IndexSpec {
  const key = raw.key as Doc | undefined;
  if (!key || typeof key !== 'object' || Object.keys(key).length === 0) throw errors.badValue('index key pattern is required');
  const name = typeof raw.name === 'string' ? raw.name : Object.entries(key).map(([f, d]) => `${f}_${String(d)}`).join('_');
  const spec: IndexSpec = { v: 2, key, name };
  for (const [option, value] of Object.entries(raw)) {
    if (!IGNORED_OPTIONS.has(option) && !(option in spec)) spec[option] = value;
  }
  return spec;
}

const sameKey = (a: IndexSpec, b: IndexSpec) => valueKey(a.key) === valueKey(b.key);

/** Returns true when an identical index exists; throws when the name or key clashes with a different one. */
function alreadyExists(collection: Collection, spec: IndexSpec): boolean {
  for (const { spec: current } of collection.indexes.values()) {
    if (current.name === spec.name) {
      if (!sameKey(current, spec)) {
        throw errors.indexKeySpecsConflict(`An existing index has the same name as the requested index: ${spec.name}`);
      }
      if (!isDeepStrictEqual({ ...current, v: 2 }, spec) && current.name !== '_id_') {
        throw errors.indexOptionsConflict(`An equivalent index already exists with the same name but different options: ${spec.name}`);
      }
      return true;
    }
    if (sameKey(current, spec) && isDeepStrictEqual({ ...current, name: '' }, { ...spec, name: '' })) return true;
    if (sameKey(current, spec) && current.name !== '_id_') {
      throw errors.indexOptionsConflict(`Index already exists with a different name: ${current.name}`);
    }
  }
  return false;
}

const createIndexes: CommandHandler = (command, ctx) => {
  const name = collectionName(command);
  const createdCollectionAutomatically = !ctx.catalog.get(ctx.db, name);
  const collection = ctx.catalog.getOrCreate(ctx.db, name);
  const before = collection.indexes.size;
  for (const raw of (command.indexes ?? []) as Doc[]) {
    const spec = normalize(raw);
    if (!alreadyExists(collection, spec)) collection.createIndex(spec);
  }
  return { createdCollectionAutomatically, numIndexesBefore: before, numIndexesAfter: collection.indexes.size, ok: 1 };
};

const listIndexes: CommandHandler = (command, ctx) => {
  const collection = existing(command, ctx);
  if (!collection) throw errors.namespaceNotFound(`ns does not exist: ${ctx.db}.${collectionName(command)}`);
  const specs = [...collection.indexes.values()].map((index) => ({ ...index.spec, v: 2 }));
  return ctx.cursors.start(`${collection.ns}`, specs, (command.cursor as Doc | undefined)?.batchSize);
};

function namesToDrop(collection: Collection, target: unknown): string[] {
  const all = [...collection.indexes.values()].map((index) => index.spec);
  if (target === '*') return all.filter((spec) => spec.name !== '_id_').map((spec) => spec.name);
  if (typeof target === 'string') return [target];
  if (Array.isArray(target)) return target.map(String);
  const match = all.find((spec) => valueKey(spec.key) === valueKey(target));
  if (!match) throw errors.indexNotFound(`can't find index with key: ${JSON.stringify(target)}`);
  return [match.name];
}

const dropIndexes: CommandHandler = (command, ctx) => {
  const collection = existing(command, ctx);
  if (!collection) throw errors.namespaceNotFound(`ns not found ${ctx.db}.${collectionName(command)}`);
  const nIndexesWas = collection.indexes.size;
  for (const name of namesToDrop(collection, command.index)) {
    if (name === '_id_') throw errors.badValue('cannot drop _id index');
    collection.dropIndex(name);
  }
  return { nIndexesWas, ok: 1 };
};

export const indexCommands: Record<string, CommandHandler> = {
  createIndexes,
  listIndexes,
  dropIndexes,
  deleteIndexes: dropIndexes,
};
