import { compareBson } from '../values/bson-compare.ts';
import { isPlainObject, typeNameOf } from '../values/bson-type.ts';
import type { Doc } from '../values/doc-paths.ts';
import { valueKey } from '../values/value-key.ts';

type Predicate = (doc: Doc) => boolean;
type ValueTest = (value: unknown) => boolean;

/**
 * The filters the service sends on every claim and lookup (`{status: 'pending', nextAttemptAt:
 * {$lte: now}}`, `{_id: {$in: ids}, leaseOwner}`, `$or` of those) matched directly: compiling a
 * mingo Query for each costs more than matching the few documents an index found. Plain means
 * top-level fields compared with scalars by equality, $eq, $ne, $in, $nin, $lt, $lte, $gt, $gte
 * and $exists, combined with $and, $or and $nor. Anything else (dotted paths, null, regexes,
 * sub-documents, other operators) returns null and goes to mingo.
 */
export function plainFilter(filter: Doc): Predicate | null {
  const tests: Predicate[] = [];
  for (const [key, condition] of Object.entries(filter)) {
    const test = key.startsWith('$') ? logical(key, condition) : fieldTest(key, condition);
    if (!test) return null;
    tests.push(test);
  }
  return (doc) => tests.every((test) => test(doc));
}

/** What equality and order can be decided on here; null and missing fields follow rules left to mingo. */
const SCALAR_TYPES = new Set(['number', 'string', 'boolean', 'date', 'objectId']);
const isScalar = (value: unknown) => SCALAR_TYPES.has(typeNameOf(value));
/** A named top-level field: not a path, not an operator, not `__proto__`. */
const isPlainField = (field: string) => field !== '' && !field.includes('.') && field !== '__proto__';

function logical(operator: string, clauses: unknown): Predicate | null {
  if (!Array.isArray(clauses) || clauses.length === 0 || !clauses.every(isPlainObject)) return null;
  const compiled = clauses.map((clause) => plainFilter(clause as Doc));
  if (compiled.some((predicate) => predicate === null)) return null;
  const predicates = compiled as Predicate[];
  if (operator === '$and') return (doc) => predicates.every((predicate) => predicate(doc));
  if (operator === '$or') return (doc) => predicates.some((predicate) => predicate(doc));
  if (operator === '$nor') return (doc) => !predicates.some((predicate) => predicate(doc));
  return null;
}

function fieldTest(field: string, condition: unknown): Predicate | null {
  if (!isPlainField(field)) return null;
  if (isScalar(condition)) {
    const equal = equalTo(condition);
    return (doc) => equal(doc[field]);
  }
  if (!isPlainObject(condition)) return null;
  const operators = Object.entries(condition as Doc);
  if (operators.length === 0) return null;
  const tests: ValueTest[] = [];
  for (const [operator, operand] of operators) {
    const test = operatorTest(operator, operand);
    if (!test) return null;
    tests.push(test);
  }
  return (doc) => tests.every((test) => test(doc[field]));
}

const ORDER: Record<string, (c: number) => boolean> = {
  $lt: (c) => c < 0,
  $lte: (c) => c <= 0,
  $gt: (c) => c > 0,
  $gte: (c) => c >= 0,
};

function operatorTest(operator: string, operand: unknown): ValueTest | null {
  if (operator === '$exists') return typeof operand === 'boolean' ? (value) => (value !== undefined) === operand : null;
  if (operator === '$in' || operator === '$nin') {
    if (!Array.isArray(operand) || !operand.every(isScalar)) return null;
    const keys = new Set(operand.map(valueKey));
    const anyIn = elementwise((value) => keys.has(valueKey(value)));
    return operator === '$in' ? anyIn : (value) => !anyIn(value);
  }
  if (!isScalar(operand)) return null;
  if (operator === '$eq') return equalTo(operand);
  if (operator === '$ne') {
    const equal = equalTo(operand);
    return (value) => !equal(value);
  }
  const order = ORDER[operator];
  if (!order) return null;
  // MongoDB compares only within a type bracket: {$lte: date} never matches a string.
  const bracket = typeNameOf(operand);
  return elementwise((value) => typeNameOf(value) === bracket && order(compareBson(value, operand)));
}

function equalTo(operand: unknown): ValueTest {
  const key = valueKey(operand);
  return elementwise((value) => valueKey(value) === key);
}

/** MongoDB's array rule: a field holding an array matches when one of its elements does (nested arrays never do here). */
function elementwise(test: ValueTest): ValueTest {
  return (value) => (Array.isArray(value) ? value.some((element) => !Array.isArray(element) && test(element)) : test(value));
}
