import { errors } from '../errors.ts';
import { runPipeline } from '../query/aggregate.ts';
import { nestedAtLevel } from '../values/bson-nesting.ts';
import type { Doc } from '../values/doc-paths.ts';
import type { CommandHandler } from './context.ts';

/** Stages can build values deeper than any input (`$reduce`); MongoDB refuses to turn those into BSON. */
const MAX_RESULT_NESTING = 200;

function assertConvertible(results: Doc[]): void {
  if (!results.some((doc) => nestedAtLevel(doc, MAX_RESULT_NESTING))) return;
  throw errors.overflow(`cannot convert document to BSON because it exceeds the limit of ${MAX_RESULT_NESTING} levels of nesting`);
}

const aggregate: CommandHandler = (command, ctx) => {
  const target = command.aggregate;
  if (!command.cursor && command.explain !== true) {
    throw errors.failedToParse("The 'cursor' option is required, except for aggregate with the explain argument");
  }
  const collection = typeof target === 'string' ? ctx.catalog.get(ctx.db, target) : undefined;
  const results = runPipeline(command.pipeline as Doc[], {
    source: (filter) => (collection ? collection.find(filter) : []),
    resolve: (name) => [...(ctx.catalog.get(ctx.db, name)?.all() ?? [])],
    count: (filter) => collection?.count(filter) ?? 0,
  });
  assertConvertible(results);
  const ns = `${ctx.db}.${typeof target === 'string' ? target : '$cmd.aggregate'}`;
  return ctx.cursors.start(ns, results, (command.cursor as Doc | undefined)?.batchSize);
};

export const aggregateCommands: Record<string, CommandHandler> = { aggregate };
