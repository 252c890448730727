import { BSONError, serialize } from 'bson';
import { errors, ServerError } from '../errors.ts';
import { containerAtLevel } from './bson-nesting.ts';
import { typeNameOf } from './bson-type.ts';
import type { Doc } from './doc-paths.ts';

/** MongoDB's nesting limit for stored documents (BSONDepth::getMaxDepthForUserStorage). */
export const MAX_STORED_NESTING = 100;
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

/**
 * MongoDB checks a new document (insert) and the result of an update with slightly different
 * rules and words (db/ops/insert.cpp, db/update/storage_validation.cpp); both are kept, so a
 * client sees the error a real MongoDB would give.
 */
export type WriteKind = 'insert' | 'update';

function checkTopLevelFields(doc: Doc, kind: WriteKind): void {
  for (const field of Object.keys(doc)) {
    if (!field.startsWith('$')) continue;
    if (kind === 'insert') throw errors.badValue(`Document can't have $ prefixed field names: ${field}`);
    throw errors.dollarPrefixedFieldName(field);
  }
}

function checkId(id: unknown, kind: WriteKind): void {
  const type = typeNameOf(id);
  if (type !== 'array' && type !== 'regex') return;
  if (kind === 'insert') throw errors.badValue(`can't use ${type === 'array' ? 'an array' : 'a regex'} for _id`);
  throw errors.invalidIdField(`The '_id' value cannot be of type ${type}`);
}

/** BSON of a document, with MongoDB's error for a key that holds a NUL (reply documents too). */
export function encodeBson(doc: Doc): Buffer {
  try {
    const bytes = serialize(doc, { ignoreUndefined: true });
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (err) {
    // The encoder is the one place that sees every key; a NUL can only come from a computed key.
    if (err instanceof BSONError && /^key .* must not contain null bytes$/s.test(err.message)) throw errors.nulInFieldName();
    throw err;
  }
}

function checkSize(bytes: Buffer, kind: WriteKind): void {
  if (bytes.length <= MAX_DOCUMENT_BYTES) return;
  if (kind === 'insert') {
    throw errors.badValue(`object to insert too large. size in bytes: ${bytes.length}, max size: ${MAX_DOCUMENT_BYTES}`);
  }
  throw new ServerError(17419, 'Location17419', `Resulting document after update is larger than ${MAX_DOCUMENT_BYTES}`);
}

function checkNesting(bytes: Buffer, kind: WriteKind): void {
  // An insert may not hold a container at level 100; an update may not put any element below it.
  if (containerAtLevel(bytes, MAX_STORED_NESTING, kind === 'insert') === null) return;
  throw errors.overflow(
    kind === 'insert'
      ? `cannot insert document because it exceeds ${MAX_STORED_NESTING} levels of nesting`
      : `Document exceeds maximum nesting depth of ${MAX_STORED_NESTING}`,
  );
}

/** A document read back from a data file must pass the update rule too: an older version may have stored one nested too deeply. */
export function checkStoredNesting(bytes: Buffer): void {
  checkNesting(bytes, 'update');
}

/** The document as it will be stored, after MongoDB's storage checks; throws MongoDB's error otherwise. */
export function encodeForStorage(doc: Doc, kind: WriteKind): Buffer {
  checkTopLevelFields(doc, kind);
  checkId(doc._id, kind);
  const bytes = encodeBson(doc);
  checkSize(bytes, kind);
  checkNesting(bytes, kind);
  return bytes;
}
