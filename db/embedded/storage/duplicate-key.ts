import { ServerError } from '../errors.ts';
import type { Doc } from '../values/doc-paths.ts';
import { formatKeyValue } from '../values/format.ts';
import type { IndexEntry, IndexKey } from './index-entry.ts';

/** MongoDB's E11000, with the keyPattern and keyValue mongoose reports. */
export function duplicateKeyError(ns: string, index: IndexEntry, conflict: IndexKey): ServerError {
  const keyValue: Doc = {};
  index.fields.forEach((field, i) => {
    keyValue[field] = conflict.values[i] ?? null;
  });
  const message = `E11000 duplicate key error collection: ${ns} index: ${index.spec.name} dup key: ${formatKeyValue(keyValue)}`;
  return new ServerError(11000, 'DuplicateKey', message, { keyPattern: index.spec.key, keyValue });
}
