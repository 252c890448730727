import { Query } from 'mingo/query';
import { MONGO_CONTEXT } from './context.ts';
import { errors } from '../errors.ts';
import { typeNameOf } from '../values/bson-type.ts';
import type { Doc } from '../values/doc-paths.ts';
import { valueKey } from '../values/value-key.ts';

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

const SCALAR_TYPES = new Set(['number', 'string', 'boolean', 'date', 'objectId']);

function fieldEquals(value: unknown, key: string): boolean {
  if (Array.isArray(value)) return value.some((element) => !Array.isArray(element) && valueKey(element) === key);
  return valueKey(value) === key;
}

/**
 * `{ field: scalar, ... }` on top-level fields is the most common filter (ids, unique keys);
 * it is matched directly, with MongoDB's rule that an array field matches if any element is equal.
 * Everything else goes to mingo.
 */
function scalarEqualityPredicate(filter: Doc): ((doc: Doc) => boolean) | null {
  const pairs: [string, string][] = [];
  for (const [field, condition] of Object.entries(filter)) {
    if (field.startsWith('$') || field.includes('.') || !SCALAR_TYPES.has(typeNameOf(condition))) return null;
    pairs.push([field, valueKey(condition)]);
  }
  return (doc) => pairs.every(([field, key]) => fieldEquals(doc[field], key));
}

/** A predicate for a MongoDB filter, evaluated by mingo. */
export function compileFilter(filter: Doc | undefined): (doc: Doc) => boolean {
  if (!filter || Object.keys(filter).length === 0) return () => true;
  const direct = scalarEqualityPredicate(filter);
  if (direct) return direct;
  const query = compileQuery(filter);
  return (doc) => query.test(doc);
}
