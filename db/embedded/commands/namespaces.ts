import { errors } from '../errors.ts';
import { compileFilter } from '../query/filter.ts';
import { ID_INDEX } from '../storage/collection.ts';
import type { Doc } from '../values/doc-paths.ts';
import { collectionName, type CommandHandler } from './context.ts';

/** Fields every command may carry that are not options of the collection being created. */
const GENERIC_FIELDS = new Set(['create', 'lsid', 'writeConcern', 'txnNumber', 'comment', 'apiVersion', 'apiStrict']);

function collectionOptions(command: Doc): Doc {
  return Object.fromEntries(Object.entries(command).filter(([key]) => !key.startsWith('$') && !GENERIC_FIELDS.has(key)));
}

const listCollections: CommandHandler = (command, ctx) => {
  const matches = compileFilter(command.filter as Doc | undefined);
  const infos = ctx.catalog.collections(ctx.db).map((collection) => ({
    name: collection.name,
    type: 'collection',
    options: collection.options,
    info: { readOnly: false },
    idIndex: ID_INDEX,
  }));
  const visible = infos.filter((info) => matches(info));
  const batch = command.nameOnly === true ? visible.map(({ name, type }) => ({ name, type })) : visible;
  return ctx.cursors.start(`${ctx.db}.$cmd.listCollections`, batch, (command.cursor as Doc | undefined)?.batchSize);
};

const create: CommandHandler = (command, ctx) => {
  const options = collectionOptions(command);
  if (options.viewOn !== undefined) throw errors.unsupported('Views');
  if (options.timeseries !== undefined) throw errors.unsupported('Time series collections');
  ctx.catalog.create(ctx.db, collectionName(command), options);
  return { ok: 1 };
};

const drop: CommandHandler = (command, ctx) => {
  const name = collectionName(command);
  const collection = ctx.catalog.get(ctx.db, name);
  const nIndexesWas = collection?.indexes.size ?? 0;
  ctx.catalog.drop(ctx.db, name);
  return { nIndexesWas, ns: `${ctx.db}.${name}`, ok: 1 };
};

const dropDatabase: CommandHandler = (_command, ctx) => {
  ctx.catalog.dropDatabase(ctx.db);
  return { dropped: ctx.db, ok: 1 };
};

const listDatabases: CommandHandler = (command, ctx) => {
  const names = [...ctx.catalog.databases.keys()].sort();
  const databases = names.map((name) =>
    command.nameOnly === true ? { name } : { name, sizeOnDisk: 0, empty: ctx.catalog.collections(name).length === 0 },
  );
  return { databases, totalSize: 0, totalSizeMb: 0, ok: 1 };
};

export const namespaceCommands: Record<string, CommandHandler> = {
  listCollections,
  create,
  drop,
  dropDatabase,
  listDatabases,
};
