import { Query } from 'mingo/query';
import { MONGO_CONTEXT } from './context.ts';
import { errors } from '../errors.ts';
import type { Doc } from '../values/doc-paths.ts';
import { plainFilter } from './plain-filter.ts';

const SCRIPT_OPERATORS = new Set(['$where', '$function', '$accumulator']);

/** Server-side JavaScript is refused up front so it never reaches mingo's evaluator. */
export function rejectScripts(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(rejectScripts);
    return;
  }
  if (value === null || typeof value !== 'object' || value.constructor !== Object) return;
  for (const [key, nested] of Object.entries(value)) {
    if (SCRIPT_OPERATORS.has(key)) throw errors.unsupported(`${key} (server-side JavaScript)`);
    rejectScripts(nested);
  }
}

export function compileQuery(filter: Doc | undefined): Query {
  rejectScripts(filter);
  return new Query(filter ?? {}, { context: MONGO_CONTEXT, scriptEnabled: false });
}

/** A predicate for a MongoDB filter: matched directly when plain (plain-filter.ts), otherwise by mingo. */
export function compileFilter(filter: Doc | undefined): (doc: Doc) => boolean {
  if (!filter || Object.keys(filter).length === 0) return () => true;
  const direct = plainFilter(filter);
  if (direct) return direct;
  const query = compileQuery(filter);
  return (doc) => query.test(doc);
}
