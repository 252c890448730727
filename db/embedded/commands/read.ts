import type { Document } from 'bson';
import { errors } from '../errors.ts';
import type { Collection } from '../storage/collection.ts';
import { projectDocs } from '../query/projection.ts';
import { sortDocs } from '../query/sort.ts';
import { compareBson } from '../values/bson-compare.ts';
import { pathValues, type Doc } from '../values/doc-paths.ts';
import { valueKey } from '../values/value-key.ts';
import { collectionName, existing, toInt, type CommandHandler } from './context.ts';

function window(docs: Doc[], skip: number, limit: number): Doc[] {
  return limit > 0 ? docs.slice(skip, skip + limit) : docs.slice(skip);
}

/** Matches up to the end of the requested window, in sort order when there is a sort. */
function matching(collection: Collection, filter: Doc | undefined, sort: Doc | undefined, skip: number, limit: number): Doc[] {
  if (limit === 0) return sort ? sortDocs(collection.find(filter), sort) : collection.find(filter);
  return sort ? collection.findSorted(filter, sort, skip + limit) : collection.find(filter, skip + limit);
}

const find: CommandHandler = (command, ctx) => {
  const collection = existing(command, ctx);
  const filter = command.filter as Doc | undefined;
  const skip = Math.max(0, toInt(command.skip));
  const rawLimit = toInt(command.limit);
  const limit = Math.abs(rawLimit);
  const sort = command.sort as Doc | undefined;
  const hasSort = sort !== undefined && Object.keys(sort).length > 0;
  const page = collection ? window(matching(collection, filter, hasSort ? sort : undefined, skip, limit), skip, limit) : [];
  const docs = projectDocs(page, command.projection as Doc | undefined, filter);
  const ns = `${ctx.db}.${collectionName(command)}`;
  const batchSize = rawLimit < 0 ? limit : command.batchSize;
  return ctx.cursors.start(ns, docs, batchSize, command.singleBatch === true || rawLimit < 0);
};

function cursorIdOf(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value && typeof value === 'object' && 'toNumber' in value) return (value as { toNumber(): number }).toNumber();
  throw errors.typeMismatch('getMore cursor id must be a long');
}

const getMore: CommandHandler = (command, ctx) => ctx.cursors.more(cursorIdOf(command.getMore), command.batchSize);

const killCursors: CommandHandler = (command, ctx) => {
  const ids = ((command.cursors ?? []) as unknown[]).map(cursorIdOf);
  const { killed, notFound } = ctx.cursors.kill(ids);
  return { cursorsKilled: killed, cursorsNotFound: notFound, cursorsAlive: [], cursorsUnknown: [], ok: 1 };
};

const count: CommandHandler = (command, ctx) => {
  const collection = existing(command, ctx);
  const skip = Math.max(0, toInt(command.skip));
  const limit = Math.abs(toInt(command.limit));
  // Counted from the size or an index where it can be, never by decoding the matches (Collection.count).
  const n = Math.max(0, (collection?.count((command.query as Doc | undefined) ?? {}) ?? 0) - skip);
  return { n: limit > 0 ? Math.min(n, limit) : n, ok: 1 };
};

const distinct: CommandHandler = (command, ctx) => {
  const collection = existing(command, ctx);
  if (typeof command.key !== 'string') throw errors.failedToParse("'key' must be a string");
  const values = new Map<string, unknown>();
  for (const doc of collection ? collection.find(command.query as Doc | undefined) : []) {
    for (const value of pathValues(doc, command.key)) {
      const key = valueKey(value);
      if (!values.has(key)) values.set(key, value);
    }
  }
  return { values: [...values.values()].sort(compareBson), ok: 1 };
};

export const readCommands: Record<string, CommandHandler> = { find, getMore, killCursors, count, distinct };

