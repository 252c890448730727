import { writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { deserialize, serialize, type Document } from 'bson';
import { BSON_DECODE_OPTIONS } from '../values/bson-options.ts';

/** Each record: uint32 payload length, uint32 CRC-32 of the payload, then the payload (one BSON document). */
const RECORD_HEADER_BYTES = 8;


export function encodeRecord(record: Document): Buffer {
  const payload = serialize(record, { ignoreUndefined: true });
  const framed = Buffer.allocUnsafe(RECORD_HEADER_BYTES + payload.length);
  framed.writeUInt32LE(payload.length, 0);
  framed.writeUInt32LE(crc32(payload), 4);
  framed.set(payload, RECORD_HEADER_BYTES);
  return framed;
}

export interface DecodedRecords {
  records: Document[];
  /** Bytes from the start that hold whole, valid records; anything after is a damaged tail. */
  validBytes: number;
}

/** Reads records until the end or the first one that is truncated or fails its checksum. */
export function decodeRecords(bytes: Buffer): DecodedRecords {
  const records: Document[] = [];
  let offset = 0;
  while (offset + RECORD_HEADER_BYTES <= bytes.length) {
    const length = bytes.readUInt32LE(offset);
    const end = offset + RECORD_HEADER_BYTES + length;
    if (length < 5 || end > bytes.length) break;
    const payload = bytes.subarray(offset + RECORD_HEADER_BYTES, end);
    if (crc32(payload) !== bytes.readUInt32LE(offset + 4)) break;
    try {
      records.push(deserialize(payload, BSON_DECODE_OPTIONS));
    } catch {
      break;
    }
    offset = end;
  }
  return { records, validBytes: offset };
}

/** writeSync may write less than asked (large buffers, signals); loop until every byte is out. */
export function writeAll(fd: number, data: Uint8Array): void {
  let written = 0;
  while (written < data.length) written += writeSync(fd, data, written);
}
