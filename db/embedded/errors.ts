import { MingoError } from 'mingo/util';

/** A MongoDB server error: becomes `{ ok: 0, errmsg, code, codeName }` on the wire. */
export class ServerError extends Error {
  readonly code: number;
  readonly codeName: string;
  readonly extra: Record<string, unknown>;

  constructor(code: number, codeName: string, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.codeName = codeName;
    this.extra = extra;
  }
}

const REAL_MONGODB_HINT = 'set MONGODB_URI to a real MongoDB (replica set) to use it';

export const errors = {
  badValue: (msg: string) => new ServerError(2, 'BadValue', msg),
  failedToParse: (msg: string) => new ServerError(9, 'FailedToParse', msg),
  typeMismatch: (msg: string) => new ServerError(14, 'TypeMismatch', msg),
  overflow: (msg: string) => new ServerError(15, 'Overflow', msg),
  namespaceNotFound: (msg = 'ns not found') => new ServerError(26, 'NamespaceNotFound', msg),
  indexNotFound: (msg: string) => new ServerError(27, 'IndexNotFound', msg),
  cursorNotFound: (id: number) => new ServerError(43, 'CursorNotFound', `cursor id ${id} not found`),
  namespaceExists: (ns: string) => new ServerError(48, 'NamespaceExists', `Collection ${ns} already exists.`),
  commandNotFound: (name: string) => new ServerError(59, 'CommandNotFound', `no such command: '${name}'`),
  /** MongoDB's storage validation of an update's result (its words since 5.0). */
  dollarPrefixedFieldName: (field: string) =>
    new ServerError(
      52,
      'DollarPrefixedFieldName',
      `The dollar ($) prefixed field '${field}' in '${field}' is not allowed in the context of an update's replacement document. Consider using an aggregation pipeline with $replaceWith.`,
    ),
  invalidIdField: (msg: string) => new ServerError(53, 'InvalidIdField', msg),
  immutableField: (msg: string) => new ServerError(66, 'ImmutableField', msg),
  invalidNamespace: (msg: string) => new ServerError(73, 'InvalidNamespace', msg),
  indexOptionsConflict: (msg: string) => new ServerError(85, 'IndexOptionsConflict', msg),
  indexKeySpecsConflict: (msg: string) => new ServerError(86, 'IndexKeySpecsConflict', msg),
  /** MongoDB's FieldPath check; keys can only get a NUL from string values (`$arrayToObject`...), never from the wire. */
  nulInFieldName: () => new ServerError(31032, 'Location31032', 'Key field cannot contain an embedded null byte'),
  unsupported: (feature: string) =>
    new ServerError(20, 'IllegalOperation', `${feature} is not supported by the embedded database; ${REAL_MONGODB_HINT}`),
  journalWriteFailed: (err: Error) =>
    new ServerError(1, 'InternalError', `the embedded database could not write its journal (${err.message}); the write was not applied`),
  writesStopped: (err: Error) =>
    new ServerError(
      1,
      'InternalError',
      `the embedded database stopped accepting writes because it can no longer make them durable (${err.message}); reads still work; restart it once the disk is fixed`,
    ),
  transactions: () =>
    new ServerError(
      20,
      'IllegalOperation',
      `Transactions are not supported by the embedded database; ${REAL_MONGODB_HINT}`,
    ),
};

/** Turns anything thrown while running a command into a MongoDB error reply. */
export function toErrorReply(err: unknown): Record<string, unknown> {
  if (err instanceof ServerError) {
    return { ok: 0, errmsg: err.message, code: err.code, codeName: err.codeName, ...err.extra };
  }
  if (err instanceof MingoError) {
    return { ok: 0, errmsg: err.message, code: 2, codeName: 'BadValue' };
  }
  // Inputs are limited to 200 levels, but a pipeline can build a deeper value while it runs.
  if (err instanceof RangeError && err.message.includes('call stack')) {
    return { ok: 0, errmsg: `a value is nested too deeply to process (${err.message})`, code: 15, codeName: 'Overflow' };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { ok: 0, errmsg: message, code: 1, codeName: 'InternalError' };
}
