import { buildUpsertDoc, applyUpdate, type UpdateOptions } from '../query/update.ts';
import type { Collection } from '../storage/collection.ts';
import type { Doc } from '../values/doc-paths.ts';

export interface UpdateOutcome {
  matched: number;
  modified: number;
  upsertedId?: unknown;
  /** The last document before and after the change (for findAndModify). */
  before?: Doc;
  after?: Doc;
}

/**
 * Applies one update statement `{ q, u, multi, upsert, arrayFilters }`. Everything between reading
 * and writing a document is synchronous, so concurrent commands can never interleave inside it.
 * With `sort` (findAndModify), the first match in that order is the one changed.
 */
export function updateDocuments(collection: Collection, statement: Doc, sort?: Doc): UpdateOutcome {
  const filter = statement.q as Doc | undefined;
  const update = statement.u as Doc | Doc[];
  const options: UpdateOptions = { filter, arrayFilters: statement.arrayFilters as Doc[] | undefined };
  const multi = statement.multi === true;
  const matches = sort && !multi ? collection.findSorted(filter, sort, 1) : collection.find(filter, multi ? undefined : 1);
  const outcome: UpdateOutcome = { matched: matches.length, modified: 0 };
  for (const doc of matches) {
    const { doc: next, changed } = applyUpdate(doc, update, options);
    outcome.before = doc;
    outcome.after = next;
    if (!changed) continue;
    collection.replace(doc, next);
    outcome.modified += 1;
  }
  if (matches.length === 0 && statement.upsert === true) {
    const inserted = collection.insert(buildUpsertDoc(filter, update, options), 'update');
    outcome.upsertedId = inserted._id;
    outcome.after = inserted;
  }
  return outcome;
}
