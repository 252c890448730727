/**
 * Nesting depth of raw BSON, read without decoding it. The walk keeps no stack of its own (an
 * embedded document's end is its parent's next element), so a hostile value nested 100,000 levels
 * costs one linear pass instead of blowing the JS stack in whatever code would recurse into it.
 */

import { typeNameOf } from './bson-type.ts';

const OBJECT = 0x03;
const ARRAY = 0x04;
const EMPTY_DOCUMENT_BYTES = 5;

/** Bytes of an element's value for every type that is not an embedded document or array; -1 if unknown. */
function valueBytes(bytes: Buffer, type: number, at: number): number {
  switch (type) {
    case 0x01: // double
    case 0x09: // date
    case 0x11: // timestamp
    case 0x12: // int64
      return 8;
    case 0x02: // string
    case 0x0d: // JavaScript code
    case 0x0e: // symbol
      return 4 + bytes.readInt32LE(at);
    case 0x05: // binary: length, subtype, bytes
      return 5 + bytes.readInt32LE(at);
    case 0x06: // undefined
    case 0x0a: // null
    case 0x7f: // max key
    case 0xff: // min key
      return 0;
    case 0x07: // ObjectId
      return 12;
    case 0x08: // boolean
      return 1;
    case 0x0b: {
      // regex: pattern and options, two cstrings
      const patternEnd = bytes.indexOf(0, at);
      return bytes.indexOf(0, patternEnd + 1) + 1 - at;
    }
    case 0x0c: // DBPointer: string, then ObjectId
      return 4 + bytes.readInt32LE(at) + 12;
    case 0x0f: // code with scope: its total length comes first
      return bytes.readInt32LE(at);
    case 0x10: // int32
      return 4;
    case 0x13: // decimal128
      return 16;
    default:
      return -1;
  }
}

/**
 * The field name of the first embedded document or array that sits at nesting `level` or deeper
 * (the fields of the document itself are level 1), or null when there is none. With
 * `countEmpty: false` an empty one does not count, since it adds no element below it.
 * Malformed BSON yields null: the decoder that runs next reports it properly.
 */
export function containerAtLevel(bytes: Buffer, level: number, countEmpty = true): string | null {
  try {
    let position = 4;
    let depth = 1;
    while (position < bytes.length) {
      const type = bytes[position] ?? 0;
      if (type === 0) {
        if (depth === 1) return null;
        depth -= 1;
        position += 1;
        continue;
      }
      const nameEnd = bytes.indexOf(0, position + 1);
      if (nameEnd < 0) return null;
      const valueAt = nameEnd + 1;
      if (type === OBJECT || type === ARRAY) {
        if (depth >= level && (countEmpty || bytes.readInt32LE(valueAt) > EMPTY_DOCUMENT_BYTES)) {
          return bytes.toString('utf8', position + 1, nameEnd);
        }
        depth += 1;
        position = valueAt + 4;
        continue;
      }
      const size = valueBytes(bytes, type, valueAt);
      if (size < 0) return null;
      position = valueAt + size;
    }
    return null;
  } catch {
    return null;
  }
}

/**
 * True when a decoded value has a plain object or array at nesting `level` or deeper (its own
 * fields are level 1). Walks with an explicit stack, so a value built deep (an aggregation's
 * `$reduce`) is measured without recursion; it stops at the first container that deep.
 */
export function nestedAtLevel(doc: Record<string, unknown>, level: number): boolean {
  const pending: [unknown, number][] = Object.values(doc).map((value) => [value, 1]);
  while (pending.length > 0) {
    const [value, depth] = pending.pop() as [unknown, number];
    const type = typeNameOf(value);
    if (type !== 'object' && type !== 'array') continue;
    if (depth >= level) return true;
    for (const child of Object.values(value as object)) pending.push([child, depth + 1]);
  }
  return false;
}
