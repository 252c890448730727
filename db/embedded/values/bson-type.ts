import { ObjectId } from 'bson';

/** BSON comparison order buckets (MongoDB "Comparison/Sort Order"). */
export const TYPE_RANK = {
  minKey: 1,
  null: 2,
  number: 3,
  string: 4,
  object: 5,
  array: 6,
  binary: 7,
  objectId: 8,
  boolean: 9,
  date: 10,
  timestamp: 11,
  regex: 12,
  maxKey: 13,
} as const;

export type TypeName = keyof typeof TYPE_RANK;

const NUMERIC_BSON_TYPES = new Set(['Long', 'Int32', 'Double', 'Decimal128']);

/** `_bsontype` works across copies of the bson package (the driver may bundle its own). */
function bsonTypeOf(value: object): string | undefined {
  const tag = (value as { _bsontype?: unknown })._bsontype;
  return typeof tag === 'string' ? tag : undefined;
}

export function typeNameOf(value: unknown): TypeName {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return 'number';
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'object':
      return objectTypeName(value);
    default:
      return 'null';
  }
}

function objectTypeName(value: object): TypeName {
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (value instanceof RegExp) return 'regex';
  if (value instanceof ObjectId) return 'objectId';
  const tag = bsonTypeOf(value);
  if (tag === undefined) return ArrayBuffer.isView(value) ? 'binary' : 'object';
  if (NUMERIC_BSON_TYPES.has(tag)) return 'number';
  switch (tag) {
    case 'ObjectId':
      return 'objectId';
    case 'Binary':
      return 'binary';
    case 'Timestamp':
      return 'timestamp';
    case 'MinKey':
      return 'minKey';
    case 'MaxKey':
      return 'maxKey';
    case 'BSONRegExp':
      return 'regex';
    case 'BSONSymbol':
      return 'string';
    default:
      return 'object';
  }
}

/** Numeric value of any BSON number type (Decimal128 and huge Longs lose precision, fine for ordering). */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  const tag = bsonTypeOf(value as object);
  if (tag === 'Int32' || tag === 'Double') return (value as { value: number }).value;
  return Number(String(value));
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeNameOf(value) === 'object';
}
