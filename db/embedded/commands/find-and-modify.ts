import { errors } from '../errors.ts';
import { projectDocs } from '../query/projection.ts';
import type { Doc } from '../values/doc-paths.ts';
import { collectionName, type CommandHandler } from './context.ts';
import { updateDocuments } from './update-documents.ts';

function project(doc: Doc | undefined, fields: unknown, filter: Doc | undefined): Doc | null {
  if (!doc) return null;
  return projectDocs([doc], fields as Doc | undefined, filter)[0] ?? null;
}

const findAndModify: CommandHandler = (command, ctx) => {
  const filter = command.query as Doc | undefined;
  const sort = command.sort as Doc | undefined;
  if (command.remove === true) {
    const collection = ctx.catalog.get(ctx.db, collectionName(command));
    const target = collection?.findSorted(filter, sort, 1)[0];
    if (collection && target) collection.remove(target);
    return { lastErrorObject: { n: target ? 1 : 0 }, value: project(target, command.fields, filter), ok: 1 };
  }
  if (command.update === undefined) throw errors.failedToParse('Either an update or remove=true must be specified');
  const collection = ctx.catalog.getOrCreate(ctx.db, collectionName(command));
  const statement = { q: filter, u: command.update, upsert: command.upsert, arrayFilters: command.arrayFilters };
  const outcome = updateDocuments(collection, statement, sort);
  const upserted = outcome.upsertedId !== undefined;
  const returned = command.new === true ? outcome.after : upserted ? undefined : outcome.before;
  return {
    lastErrorObject: {
      n: outcome.matched + (upserted ? 1 : 0),
      updatedExisting: outcome.matched > 0,
      ...(upserted ? { upserted: outcome.upsertedId } : {}),
    },
    value: project(returned, command.fields, upserted ? undefined : filter),
    ok: 1,
  };
};

export const findAndModifyCommands: Record<string, CommandHandler> = { findAndModify, findandmodify: findAndModify };
