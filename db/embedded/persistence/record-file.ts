import { crc32 } from 'node:zlib';
import { deserialize, serialize, type Document } from 'bson';
import { BSON_DECODE_OPTIONS } from '../values/bson-options.ts';

/** Each record: uint32 payload length, uint32 CRC-32 of the payload, then the payload (one BSON document). */
const RECORD_HEADER_BYTES = 8;

function frame(payload: Uint8Array): Buffer {
  const framed = Buffer.allocUnsafe(RECORD_HEADER_BYTES + payload.length);
  framed.writeUInt32LE(payload.length, 0);
  framed.writeUInt32LE(crc32(payload), 4);
  framed.set(payload, RECORD_HEADER_BYTES);
  return framed;
}

export function encodeRecord(record: Document): Buffer {
  return frame(serialize(record, { ignoreUndefined: true }));
}

export interface PutRecord {
  record: Buffer;
  /** Where the document's own bytes start inside `record`. */
  docAt: number;
}

/**
 * `{ o: 'put', d, c, doc }`, assembled around the document's BSON (already encoded to be stored)
 * instead of encoding it again; byte for byte what encodeRecord would write.
 */
export function encodePutRecord(db: string, collection: string, doc: Uint8Array): PutRecord {
  const head = serialize({ o: 'put', d: db, c: collection });
  const fields = head.subarray(4, head.length - 1);
  const payload = Buffer.allocUnsafe(4 + fields.length + 5 + doc.length + 1);
  payload.writeInt32LE(payload.length, 0);
  payload.set(fields, 4);
  const docElement = 4 + fields.length;
  payload.write('\x03doc\x00', docElement, 'latin1');
  payload.set(doc, docElement + 5);
  payload[payload.length - 1] = 0;
  return { record: frame(payload), docAt: RECORD_HEADER_BYTES + docElement + 5 };
}

export interface FileRecord {
  /** For a put only `{ o, d, c }`: its document stays undecoded in `doc`. */
  record: Document;
  doc?: { bytes: Buffer; offset: number };
}

export interface DecodedRecords {
  records: FileRecord[];
  /** Bytes from the start that hold whole, valid records; anything after is a damaged tail. */
  validBytes: number;
}

/** A put's document stays in the file: it is the last field of its record, just before the terminating byte. */
function decodePayload(file: Buffer, start: number, end: number): FileRecord {
  const payload = file.subarray(start, end);
  const head = deserialize(payload, { ...BSON_DECODE_OPTIONS, raw: true });
  if (head.o !== 'put') return { record: deserialize(payload, BSON_DECODE_OPTIONS) };
  const length = (head.doc as Buffer).length;
  const offset = end - 1 - length;
  if (file.readInt32LE(offset) !== length) throw new Error('a put record whose document is not its last field');
  return { record: { o: head.o, d: head.d, c: head.c }, doc: { bytes: file.subarray(offset, offset + length), offset } };
}

/** Reads records until the end or the first one that is truncated or fails its checksum. */
export function decodeRecords(bytes: Buffer): DecodedRecords {
  const records: FileRecord[] = [];
  let offset = 0;
  while (offset + RECORD_HEADER_BYTES <= bytes.length) {
    const length = bytes.readUInt32LE(offset);
    const start = offset + RECORD_HEADER_BYTES;
    const end = start + length;
    if (length < 5 || end > bytes.length) break;
    if (crc32(bytes.subarray(start, end)) !== bytes.readUInt32LE(offset + 4)) break;
    try {
      records.push(decodePayload(bytes, start, end));
    } catch {
      break;
    }
    offset = end;
  }
  return { records, validBytes: offset };
}
