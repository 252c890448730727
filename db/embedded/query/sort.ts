import { compareBson } from '../values/bson-compare.ts';
import { pathValues, type Doc } from '../values/doc-paths.ts';

export type SortField = [path: string, direction: 1 | -1];

export function sortFields(spec: Doc): SortField[] {
  const fields: SortField[] = [];
  for (const [path, direction] of Object.entries(spec)) {
    if (path.startsWith('$')) continue;
    if (direction === 1 || direction === -1) fields.push([path, direction]);
    else if (direction === '1' || direction === 'asc' || direction === 'ascending') fields.push([path, 1]);
    else if (direction === '-1' || direction === 'desc' || direction === 'descending') fields.push([path, -1]);
  }
  return fields;
}


/** MongoDB sorts an array field by its smallest element ascending and its largest descending. */
export function sortKey(doc: Doc, [path, direction]: SortField): unknown {
  const values = pathValues(doc, path);
  if (values.length === 0) return null;
  let best = values[0];
  for (const value of values) if (compareBson(value, best) * direction < 0) best = value;
  return best;
}

/** Stable sort in BSON order (MinKey < null < numbers < string < object < array < binData < ObjectId < ...). */
export function sortDocs<T extends Doc>(docs: T[], spec: Doc | undefined): T[] {
  const fields = spec ? sortFields(spec) : [];
  if (fields.length === 0) return docs;
  const keyed = docs.map((doc, position) => ({ doc, position, keys: fields.map((field) => sortKey(doc, field)) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < fields.length; i++) {
      const order = compareBson(a.keys[i], b.keys[i]) * (fields[i]?.[1] ?? 1);
      if (order !== 0) return order;
    }
    return a.position - b.position;
  });
  return keyed.map((entry) => entry.doc);
}
