import { TYPE_RANK, toNumber, typeNameOf, type TypeName } from './bson-type.ts';

type Comparer = (a: never, b: never) => number;

const cmp = <T extends number | string | bigint>(a: T, b: T): number => (a < b ? -1 : a > b ? 1 : 0);

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return cmp(a.length, b.length);
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return cmp(a[i] ?? 0, b[i] ?? 0);
  }
  return 0;
}

function compareObjects(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  for (let i = 0; i < Math.min(keysA.length, keysB.length); i++) {
    const ka = keysA[i] ?? '';
    const kb = keysB[i] ?? '';
    const byType = cmp(TYPE_RANK[typeNameOf(a[ka])], TYPE_RANK[typeNameOf(b[kb])]);
    if (byType !== 0) return byType;
    const byName = cmp(ka, kb);
    if (byName !== 0) return byName;
    const byValue = compareBson(a[ka], b[kb]);
    if (byValue !== 0) return byValue;
  }
  return cmp(keysA.length, keysB.length);
}

function compareArrays(a: unknown[], b: unknown[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareBson(a[i], b[i]);
    if (c !== 0) return c;
  }
  return cmp(a.length, b.length);
}

interface BinaryLike {
  buffer: Uint8Array;
  sub_type: number;
  position: number;
}

function compareBinary(a: BinaryLike | Uint8Array, b: BinaryLike | Uint8Array): number {
  const bytesA = a instanceof Uint8Array ? a : a.buffer.subarray(0, a.position);
  const bytesB = b instanceof Uint8Array ? b : b.buffer.subarray(0, b.position);
  if (bytesA.length !== bytesB.length) return cmp(bytesA.length, bytesB.length);
  const subA = a instanceof Uint8Array ? 0 : a.sub_type;
  const subB = b instanceof Uint8Array ? 0 : b.sub_type;
  return subA !== subB ? cmp(subA, subB) : compareBytes(bytesA, bytesB);
}

const compareWithinType: Partial<Record<TypeName, Comparer>> = {
  number: (a: unknown, b: unknown) => cmp(toNumber(a), toNumber(b)),
  string: (a: unknown, b: unknown) => cmp(String(a), String(b)),
  object: compareObjects,
  array: compareArrays,
  binary: compareBinary,
  objectId: (a: { toHexString(): string }, b: { toHexString(): string }) => cmp(a.toHexString(), b.toHexString()),
  boolean: (a: boolean, b: boolean) => cmp(Number(a), Number(b)),
  date: (a: Date, b: Date) => cmp(a.getTime(), b.getTime()),
  timestamp: (a: { toString(): string }, b: { toString(): string }) => cmp(BigInt(a.toString()), BigInt(b.toString())),
  regex: (a: RegExp, b: RegExp) => cmp(a.source, b.source) || cmp(a.flags, b.flags),
};

/** Compares two values in MongoDB's BSON order; numbers compare across int/long/double/decimal. */
export function compareBson(a: unknown, b: unknown): number {
  const typeA = typeNameOf(a);
  const typeB = typeNameOf(b);
  if (typeA !== typeB) return cmp(TYPE_RANK[typeA], TYPE_RANK[typeB]);
  const within = compareWithinType[typeA] as ((x: unknown, y: unknown) => number) | undefined;
  return within ? within(a, b) : 0;
}
