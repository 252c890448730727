import type { Document } from 'bson';
import { toErrorReply } from '../errors.ts';
import type { Collection } from '../storage/collection.ts';
import type { Doc } from '../values/doc-paths.ts';
import { collectionName, type CommandContext, type CommandHandler } from './context.ts';
import { updateDocuments } from './update-documents.ts';

interface WriteError {
  index: number;
  code: number;
  errmsg: string;
  [extra: string]: unknown;
}

function writeError(index: number, err: unknown): WriteError {
  const { errmsg, code, codeName, ok: _ok, ...extra } = toErrorReply(err);
  return { index, code: Number(code), codeName, errmsg: String(errmsg), ...extra };
}

/**
 * Runs each statement of a batch write; an error becomes a writeError and, when ordered,
 * stops the batch (MongoDB semantics for insertMany/bulkWrite).
 */
function runBatch<T>(statements: T[], ordered: boolean, run: (statement: T, index: number) => void): WriteError[] {
  const failures: WriteError[] = [];
  for (let i = 0; i < statements.length; i++) {
    try {
      run(statements[i] as T, i);
    } catch (err) {
      failures.push(writeError(i, err));
      if (ordered) break;
    }
  }
  return failures;
}

function withErrors(reply: Document, failures: WriteError[]): Document {
  return failures.length > 0 ? { ...reply, writeErrors: failures } : reply;
}

function target(command: Document, ctx: CommandContext): Collection {
  return ctx.catalog.getOrCreate(ctx.db, collectionName(command));
}

const insert: CommandHandler = (command, ctx) => {
  const docs = (command.documents ?? []) as Doc[];
  const collection = target(command, ctx);
  let n = 0;
  const failures = runBatch(docs, command.ordered !== false, (doc) => {
    collection.insert(doc);
    n += 1;
  });
  return withErrors({ n, ok: 1 }, failures);
};

const update: CommandHandler = (command, ctx) => {
  const statements = (command.updates ?? []) as Doc[];
  const collection = target(command, ctx);
  let n = 0;
  let nModified = 0;
  const upserted: Doc[] = [];
  const failures = runBatch(statements, command.ordered !== false, (statement, index) => {
    const result = updateDocuments(collection, statement);
    n += result.matched;
    nModified += result.modified;
    if (result.upsertedId !== undefined) {
      n += 1;
      upserted.push({ index, _id: result.upsertedId });
    }
  });
  return withErrors({ n, nModified, ...(upserted.length > 0 ? { upserted } : {}), ok: 1 }, failures);
};

const remove: CommandHandler = (command, ctx) => {
  const statements = (command.deletes ?? []) as Doc[];
  const collection = ctx.catalog.get(ctx.db, collectionName(command));
  let n = 0;
  const failures = runBatch(statements, command.ordered !== false, (statement) => {
    if (!collection) return;
    const matches = collection.find(statement.q as Doc | undefined, statement.limit === 1 ? 1 : undefined);
    for (const doc of matches) collection.remove(doc);
    n += matches.length;
  });
  return withErrors({ n, ok: 1 }, failures);
};

export const writeCommands: Record<string, CommandHandler> = { insert, update, delete: remove };
