import { toNumber, typeNameOf } from './bson-type.ts';

/**
 * Keys are kept by the million in index maps. `+` makes a rope (V8 cons string) that keeps every
 * piece alive, and an ObjectId's hex is already a rope of 12 pieces (about 250 bytes per key);
 * join() copies them into one flat string.
 */
const flat = (prefix: string, body: string) => [prefix, body].join('');

/**
 * A string that is equal for two values exactly when MongoDB considers them equal, so a plain
 * Map can serve as a hash index (1, 1.0 and Long(1) share a key; missing and null share a key).
 */
export function valueKey(value: unknown): string {
  const type = typeNameOf(value);
  switch (type) {
    case 'null':
      return 'N';
    case 'number':
      return flat('n', numberKey(toNumber(value)));
    case 'string':
      return flat('s', String(value));
    case 'boolean':
      return value ? 'b1' : 'b0';
    case 'date':
      return flat('d', String((value as Date).getTime()));
    case 'objectId':
      return flat('o', (value as { toHexString(): string }).toHexString());
    case 'array':
      return `a${JSON.stringify((value as unknown[]).map(valueKey))}`;
    case 'object':
      return `O${JSON.stringify(Object.entries(value as object).map(([k, v]) => [k, valueKey(v)]))}`;
    case 'binary':
      return `B${binaryKey(value)}`;
    case 'regex':
      return `r${String(value)}`;
    default:
      return `${type}:${String(value)}`;
  }
}

function numberKey(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

function binaryKey(value: unknown): string {
  if (value instanceof Uint8Array) return `0:${Buffer.from(value).toString('base64')}`;
  const bin = value as { sub_type: number; toString(encoding: 'base64'): string };
  return `${bin.sub_type}:${bin.toString('base64')}`;
}
