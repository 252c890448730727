import { compileQuery } from './filter.ts';
import type { Doc } from '../values/doc-paths.ts';

/**
 * Applies a find projection. The service's projections name top-level fields to keep (or to
 * drop), and those are applied here; anything else (paths, `$slice`, `$elemMatch`, positional
 * `$`, expressions) goes to mingo, which also needs the filter for positional `$`.
 */
export function projectDocs(docs: Doc[], projection: Doc | undefined, filter: Doc | undefined): Doc[] {
  if (!projection || Object.keys(projection).length === 0) return docs;
  const plain = plainProjection(projection);
  if (plain) return docs.map(plain);
  return compileQuery(filter).find<Doc>(docs, projection).all();
}

const FLAGS = new Map<unknown, boolean>([[1, true], [true, true], [0, false], [false, false]]);

/** Fields come out in the document's order, as MongoDB returns them; `_id` stays unless it is dropped. */
function plainProjection(projection: Doc): ((doc: Doc) => Doc) | null {
  const fields = new Map<string, boolean>();
  for (const [field, flag] of Object.entries(projection)) {
    const include = FLAGS.get(flag);
    if (include === undefined || field === '' || field.includes('.') || field.startsWith('$')) return null;
    fields.set(field, include);
  }
  const keepId = fields.get('_id') !== false;
  fields.delete('_id');
  const modes = new Set(fields.values());
  // MongoDB refuses a mix of kept and dropped fields (other than _id); mingo gives that error.
  if (modes.size > 1) return null;
  // `{_id: 1}` alone keeps only the id, `{_id: 0}` alone drops only the id.
  const including = modes.has(true) || (fields.size === 0 && keepId);
  return (doc) => {
    const out: Doc = {};
    for (const [field, value] of Object.entries(doc)) {
      const keep = field === '_id' ? keepId : including ? fields.has(field) : !fields.has(field);
      if (keep) out[field] = value;
    }
    return out;
  };
}
