import { compileQuery } from './filter.ts';
import type { Doc } from '../values/doc-paths.ts';

/** Applies a find projection (inclusion, exclusion, `$slice`, `$elemMatch`, positional `$`) with mingo. */
export function projectDocs(docs: Doc[], projection: Doc | undefined, filter: Doc | undefined): Doc[] {
  if (!projection || Object.keys(projection).length === 0) return docs;
  return compileQuery(filter).find<Doc>(docs, projection).all();
}
