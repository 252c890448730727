import { isPlainObject } from './bson-type.ts';

export type Doc = Record<string, unknown>;

/**
 * All values a dotted path reaches in a document, descending into arrays the way MongoDB does
 * for indexes and sort keys. Array leaves are expanded into their elements (multikey).
 * Returns an empty list when the path is missing.
 */
export function pathValues(doc: unknown, path: string): unknown[] {
  if (!path.includes('.') && isPlainObject(doc)) {
    const value = doc[path];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  }
  const out: unknown[] = [];
  collect(doc, path.split('.'), 0, out);
  return out;
}

function collect(value: unknown, parts: string[], i: number, out: unknown[]): void {
  if (i === parts.length) {
    if (Array.isArray(value)) out.push(...value);
    else if (value !== undefined) out.push(value);
    return;
  }
  const part = parts[i] ?? '';
  if (Array.isArray(value)) {
    const index = /^\d+$/.test(part) ? Number(part) : -1;
    if (index >= 0 && index < value.length) collect(value[index], parts, i + 1, out);
    for (const element of value) {
      if (isPlainObject(element)) collect(element, parts, i, out);
    }
    return;
  }
  if (isPlainObject(value) && Object.hasOwn(value, part)) collect(value[part], parts, i + 1, out);
}

/** Sets a dotted path, creating intermediate objects. */
export function setPath(doc: Doc, path: string, value: unknown): void {
  const parts = path.split('.');
  let current: Doc = doc;
  for (const part of parts.slice(0, -1)) {
    const next = current[part];
    if (isPlainObject(next)) current = next;
    else {
      const created: Doc = {};
      current[part] = created;
      current = created;
    }
  }
  current[parts[parts.length - 1] ?? ''] = value;
}

/**
 * Copies plain objects and arrays so a write can be prepared off to the side; BSON values
 * (ObjectId, Date, Binary, ...) are immutable in practice and are shared.
 */
export function cloneDoc<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneDoc) as T;
  if (isPlainObject(value)) {
    const copy: Doc = {};
    for (const key of Object.keys(value)) copy[key] = cloneDoc(value[key]);
    return copy as T;
  }
  return value;
}
