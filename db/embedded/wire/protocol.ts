import { deserialize, type Document } from 'bson';
import { errors, ServerError } from '../errors.ts';
import { containerAtLevel } from '../values/bson-nesting.ts';
import { BSON_DECODE_OPTIONS } from '../values/bson-options.ts';
import { encodeBson } from '../values/storage-rules.ts';
import { crc32c } from './crc32c.ts';
import { WireError } from './frame-reader.ts';

export const OP_REPLY = 1;
export const OP_QUERY = 2004;
export const OP_MSG = 2013;

const FLAG_CHECKSUM_PRESENT = 1 << 0;
export const FLAG_MORE_TO_COME = 1 << 1;

/** What a reply needs to know about its request. */
export interface RequestHeader {
  requestId: number;
  opCode: number;
  /** The client does not want a reply (unacknowledged write). */
  moreToCome: boolean;
}

export interface Request extends RequestHeader {
  /** The command document, with OP_MSG document sequences folded in as arrays. */
  command: Document;
  /** The database from `$db` (OP_MSG) or the `<db>.$cmd` namespace (OP_QUERY). */
  db: string;
}

/**
 * MongoDB validates every incoming document with room for 200 levels (BSONDepth's default), and
 * answers a deeper one with an error instead of parsing it; nothing deeper reaches our code.
 */
const MAX_WIRE_NESTING = 200;

function readDocument(frame: Buffer, offset: number): { doc: Document; end: number } {
  if (offset + 5 > frame.length) throw new WireError('truncated BSON document');
  const size = frame.readInt32LE(offset);
  if (size < 5 || offset + size > frame.length) throw new WireError(`bad BSON document size ${size}`);
  const bytes = frame.subarray(offset, offset + size);
  const tooDeep = containerAtLevel(bytes, MAX_WIRE_NESTING + 1);
  if (tooDeep !== null) throw errors.overflow(`BSONObj exceeds maximum nested object depth in element with field name '${tooDeep}'`);
  return { doc: deserialize(bytes, BSON_DECODE_OPTIONS), end: offset + size };
}

function readCString(frame: Buffer, offset: number): { value: string; end: number } {
  const zero = frame.indexOf(0, offset);
  if (zero < 0) throw new WireError('unterminated cstring');
  return { value: frame.toString('utf8', offset, zero), end: zero + 1 };
}

function parseMsg(frame: Buffer, requestId: number): Request {
  const flags = frame.readUInt32LE(16);
  let end = frame.length;
  if (flags & FLAG_CHECKSUM_PRESENT) {
    end -= 4;
    if (end < 21 || crc32c(frame.subarray(0, end)) !== frame.readUInt32LE(end)) throw new WireError('OP_MSG checksum mismatch');
  }
  let body: Document | null = null;
  const sequences: [string, Document[]][] = [];
  let offset = 20;
  while (offset < end) {
    const kind = frame[offset];
    offset += 1;
    if (kind === 0) {
      const read = readDocument(frame, offset);
      body = read.doc;
      offset = read.end;
    } else if (kind === 1) {
      const size = frame.readInt32LE(offset);
      const sectionEnd = offset + size;
      if (size < 5 || sectionEnd > end) throw new WireError('bad document sequence size');
      const id = readCString(frame, offset + 4);
      const docs: Document[] = [];
      for (let at = id.end; at < sectionEnd; ) {
        const read = readDocument(frame, at);
        docs.push(read.doc);
        at = read.end;
      }
      sequences.push([id.value, docs]);
      offset = sectionEnd;
    } else {
      throw new WireError(`unknown OP_MSG section kind ${String(kind)}`);
    }
  }
  if (!body) throw new WireError('OP_MSG without a body section');
  for (const [id, docs] of sequences) body[id] = docs;
  const db = typeof body.$db === 'string' ? body.$db : 'admin';
  return { requestId, opCode: OP_MSG, command: body, db, moreToCome: (flags & FLAG_MORE_TO_COME) !== 0 };
}

function parseQuery(frame: Buffer, requestId: number): Request {
  const ns = readCString(frame, 20);
  const query = readDocument(frame, ns.end + 8).doc;
  const command = (query.$query as Document | undefined) ?? query;
  const db = ns.value.split('.')[0] ?? 'admin';
  return { requestId, opCode: OP_QUERY, command, db, moreToCome: false };
}

export function requestHeader(frame: Buffer): RequestHeader {
  const opCode = frame.readInt32LE(12);
  const moreToCome = opCode === OP_MSG && frame.length >= 20 && (frame.readUInt32LE(16) & FLAG_MORE_TO_COME) !== 0;
  return { requestId: frame.readInt32LE(4), opCode, moreToCome };
}

/**
 * Parses one framed message. Throws WireError for anything malformed or unsupported (the
 * connection is closed), ServerError for a well-formed message MongoDB answers with an error.
 */
export function parseRequest(frame: Buffer): Request {
  const requestId = frame.readInt32LE(4);
  const opCode = frame.readInt32LE(12);
  try {
    if (opCode === OP_MSG) return parseMsg(frame, requestId);
    if (opCode === OP_QUERY) return parseQuery(frame, requestId);
  } catch (err) {
    if (err instanceof WireError || err instanceof ServerError) throw err;
    throw new WireError(`malformed message: ${err instanceof Error ? err.message : String(err)}`);
  }
  throw new WireError(`unsupported opcode ${opCode}`);
}

let nextResponseId = 1;

function header(length: number, responseTo: number, opCode: number): Buffer {
  const head = Buffer.alloc(16);
  head.writeInt32LE(length, 0);
  head.writeInt32LE(nextResponseId++ & 0x7fffffff, 4);
  head.writeInt32LE(responseTo, 8);
  head.writeInt32LE(opCode, 12);
  return head;
}

/** Encodes a reply in the same protocol the request used. */
export function encodeReply(request: RequestHeader, reply: Document): Buffer {
  const body = encodeBson(reply);
  if (request.opCode === OP_QUERY) {
    const prefix = Buffer.alloc(20);
    prefix.writeInt32LE(1, 16);
    return Buffer.concat([header(36 + body.length, request.requestId, OP_REPLY), prefix, body]);
  }
  const flagsAndKind = Buffer.alloc(5);
  return Buffer.concat([header(21 + body.length, request.requestId, OP_MSG), flagsAndKind, body]);
}
