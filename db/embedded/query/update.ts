import { updateOne as updatePipeline } from 'mingo';
import { Context } from 'mingo/core';
import { updateOne as updateWithOperators } from 'mingo/updater';
import { ObjectId } from 'bson';
import { errors } from '../errors.ts';
import { isPlainObject } from '../values/bson-type.ts';
import { cloneDoc, setPath, type Doc } from '../values/doc-paths.ts';
import { valueKey } from '../values/value-key.ts';
import { rejectScripts } from './filter.ts';
import { applyPlainUpdate } from './plain-update.ts';

export interface UpdateOptions {
  filter?: Doc;
  arrayFilters?: Doc[];
}

export function isOperatorUpdate(update: Doc): boolean {
  return Object.keys(update).some((key) => key.startsWith('$'));
}

/** `$setOnInsert` acts as `$set` only when the update inserts (mingo has no such operator). */
function withoutSetOnInsert(update: Doc, inserting: boolean): Doc {
  const { $setOnInsert, ...rest } = update;
  if (!inserting || !isPlainObject($setOnInsert)) return rest;
  return { ...rest, $set: { ...(isPlainObject(rest.$set) ? rest.$set : {}), ...$setOnInsert } };
}

function replacement(doc: Doc, update: Doc): Doc {
  if (isOperatorUpdate(update)) throw errors.failedToParse('Replacement document must not contain update operators');
  const { _id, ...fields } = update;
  return { _id: _id === undefined ? doc._id : _id, ...cloneDoc(fields) };
}

/**
 * mingo's updater copies the context it is given and registers its own operators into the copy on
 * every call; an empty context keeps that copy small (the all-operator default costs ~100 µs).
 */
const OPERATOR_UPDATE_CONTEXT = Context.init();

const POSITIONAL = /(^|\.)\$(\.|$)/;

/**
 * mingo re-tests the filter before updating; our (BSON-aware) matcher already chose the document,
 * so the filter is only handed over when the positional `$` needs it to find the array element.
 */
function usesPositionalOperator(modifier: Doc): boolean {
  return Object.values(modifier).some((fields) => isPlainObject(fields) && Object.keys(fields).some((path) => POSITIONAL.test(path)));
}

export interface UpdatedDoc {
  doc: Doc;
  changed: boolean;
}

/** A `$rename` target is a string value, the one way an update operator could make a key with a NUL. */
function checkRenameTargets(update: Doc): void {
  if (!isPlainObject(update.$rename)) return;
  for (const to of Object.values(update.$rename)) {
    if (typeof to === 'string' && to.includes('\0')) throw errors.badValue("The 'to' field for $rename cannot contain an embedded null byte");
  }
}

/**
 * An operator that writes a top-level field starting with `$` would make a document MongoDB's
 * storage validation refuses; it is refused before mingo runs, with MongoDB's error.
 */
function checkDollarPrefixedPaths(modifier: Doc): void {
  for (const fields of Object.values(modifier)) {
    if (!isPlainObject(fields)) continue;
    for (const path of Object.keys(fields)) {
      const field = path.split('.')[0] ?? '';
      if (!field.startsWith('$')) continue;
      throw errors.dollarPrefixedFieldName(field);
    }
  }
}

/** Computes the updated document without touching the stored one (so a failed index check leaves no trace). */
export function applyUpdate(doc: Doc, update: Doc | Doc[], options: UpdateOptions, inserting = false): UpdatedDoc {
  rejectScripts(update);
  if (Array.isArray(update)) {
    const docs = [cloneDoc(doc)];
    const { modifiedCount } = updatePipeline(docs, {}, update as never, {}, { scriptEnabled: false });
    return { doc: docs[0] ?? doc, changed: modifiedCount > 0 };
  }
  if (!isOperatorUpdate(update)) {
    const next = replacement(doc, update);
    return { doc: next, changed: valueKey(next) !== valueKey(doc) };
  }
  checkRenameTargets(update);
  checkDollarPrefixedPaths(update);
  const modifier = withoutSetOnInsert(update, inserting);
  if (Object.keys(modifier).length === 0) return { doc: cloneDoc(doc), changed: false };
  const plain = options.arrayFilters?.length ? null : applyPlainUpdate(doc, modifier);
  if (plain) return plain;
  const next = cloneDoc(doc);
  const docs = [next];
  const { modifiedCount } = updateWithOperators(
    docs,
    !inserting && usesPositionalOperator(modifier) ? (options.filter ?? {}) : {},
    modifier as never,
    { arrayFilters: options.arrayFilters, cloneMode: 'copy' },
    { context: OPERATOR_UPDATE_CONTEXT, scriptEnabled: false },
  );
  return { doc: docs[0] ?? next, changed: modifiedCount > 0 };
}

/** The equality parts of a filter, which an upsert copies into the new document. */
function seedFromFilter(filter: Doc, seed: Doc): void {
  for (const [field, condition] of Object.entries(filter)) {
    if (field === '$and' && Array.isArray(condition)) {
      for (const part of condition) if (isPlainObject(part)) seedFromFilter(part, seed);
      continue;
    }
    if (field.startsWith('$')) continue;
    const isOperatorObject = isPlainObject(condition) && Object.keys(condition).some((key) => key.startsWith('$'));
    if (!isOperatorObject) setPath(seed, field, cloneDoc(condition));
    else if (isPlainObject(condition) && '$eq' in condition) setPath(seed, field, cloneDoc(condition.$eq));
  }
}

/** Builds the document an upsert inserts when nothing matched. */
export function buildUpsertDoc(filter: Doc | undefined, update: Doc | Doc[], options: UpdateOptions): Doc {
  const seed: Doc = {};
  seedFromFilter(filter ?? {}, seed);
  const built =
    Array.isArray(update) || isOperatorUpdate(update)
      ? applyUpdate(seed, update, options, true).doc
      : { ...(seed._id === undefined ? {} : { _id: seed._id }), ...cloneDoc(update) };
  const { _id, ...rest } = built;
  return { _id: _id === undefined ? new ObjectId() : _id, ...rest };
}
