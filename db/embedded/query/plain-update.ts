import { compareBson } from '../values/bson-compare.ts';
import { isPlainObject, typeNameOf } from '../values/bson-type.ts';
import { cloneDoc, type Doc } from '../values/doc-paths.ts';

/**
 * The updates the service sends all the time ($set, $unset, $inc, $min, $max, $push with $each and
 * $slice, on named fields through sub-documents) applied directly. mingo costs about a tenth of a
 * millisecond per update only to build its operator tables, more than the change itself; anything
 * outside this plain subset (array positions, `$`, arrayFilters, conflicting paths, $inc on a
 * non-number, $push modifiers other than $each/$slice) returns null and goes to mingo.
 */
export function applyPlainUpdate(doc: Doc, modifier: Doc): { doc: Doc; changed: boolean } | null {
  const steps = planSteps(modifier);
  if (!steps) return null;
  const next: Doc = { ...doc };
  let changed = false;
  for (const step of steps) {
    const parent = parentFor(next, step.parts, step.op !== '$unset');
    if (parent === null) return null;
    if (parent === undefined) continue;
    const field = step.parts[step.parts.length - 1] as string;
    const outcome = applyStep(step.op, parent, field, step.value);
    if (outcome === null) return null;
    changed ||= outcome;
  }
  return { doc: next, changed };
}

type Step = { op: string; parts: string[]; value: unknown };

const PLAIN_OPERATORS = new Set(['$set', '$unset', '$inc', '$min', '$max', '$push']);
/** A named field: not an array position, not `$...`, not `__proto__` (which an assignment would take as the prototype). */
const PLAIN_SEGMENT = /^(?!\$)(?!\d+$)(?!__proto__$)[^.]+$/;

/** The operator's paths as steps, or null unless every path is a plain field path and no two overlap. */
function planSteps(modifier: Doc): Step[] | null {
  const steps: Step[] = [];
  const paths: string[] = [];
  for (const op in modifier) {
    const fields = modifier[op];
    if (!PLAIN_OPERATORS.has(op) || !isPlainObject(fields)) return null;
    for (const path in fields) {
      const parts = path.includes('.') ? path.split('.') : [path];
      if (!parts.every((part) => PLAIN_SEGMENT.test(part))) return null;
      steps.push({ op, parts, value: fields[path] });
      paths.push(path);
    }
  }
  // Every pair: an update names a handful of paths, and sorted neighbours miss `a` against `a.b` when `a-c` sorts between.
  for (let i = 0; i < paths.length; i++) {
    for (let j = i + 1; j < paths.length; j++) if (within(paths[i]!, paths[j]!) || within(paths[j]!, paths[i]!)) return null;
  }
  return steps;
}

/** `path` is `outer` or lies inside it (`a.b` inside `a`). */
function within(path: string, outer: string): boolean {
  return path.startsWith(outer) && (path.length === outer.length || path.charCodeAt(outer.length) === 46);
}

/**
 * The object holding the path's last field, copied on the way down so the stored version is not
 * touched. undefined: a missing parent for $unset (nothing to do); null: a non-object parent.
 */
function parentFor(root: Doc, parts: string[], create: boolean): Doc | null | undefined {
  let current = root;
  for (const part of parts.slice(0, -1)) {
    const child = current[part];
    if (child === undefined) {
      if (!create) return undefined;
      current[part] = {};
    } else if (isPlainObject(child)) {
      current[part] = { ...child };
    } else {
      return null;
    }
    current = current[part] as Doc;
  }
  return current;
}

/** Applies one operator to one field; true when it changed the document, null when mingo must do it. */
function applyStep(op: string, parent: Doc, field: string, value: unknown): boolean | null {
  const has = Object.hasOwn(parent, field);
  const current = parent[field];
  switch (op) {
    case '$set':
      parent[field] = cloneDoc(value);
      return !has || !sameValue(current, value);
    case '$unset':
      delete parent[field];
      return has;
    case '$inc':
      if (typeof value !== 'number' || (has && typeof current !== 'number')) return null;
      parent[field] = has ? (current as number) + value : value;
      return !has || value !== 0;
    case '$min':
    case '$max':
      return applyBound(op, parent, field, value);
    default:
      return applyPush(parent, field, value);
  }
}

/** MongoDB's equality (BSON order), which walks a deep value once; a value key of one would grow with its depth. */
const sameValue = (a: unknown, b: unknown) => typeNameOf(a) === typeNameOf(b) && compareBson(a, b) === 0;

function applyBound(op: string, parent: Doc, field: string, value: unknown): boolean | null {
  if (!Object.hasOwn(parent, field)) {
    parent[field] = cloneDoc(value);
    return true;
  }
  const current = parent[field];
  // Across types the BSON order decides, which mingo does not follow; those stay with it.
  if (typeNameOf(current) !== typeNameOf(value)) return null;
  const order = compareBson(value, current);
  if (op === '$min' ? order >= 0 : order <= 0) return false;
  parent[field] = cloneDoc(value);
  return true;
}

function applyPush(parent: Doc, field: string, value: unknown): boolean | null {
  const current = parent[field];
  if (current !== undefined && !Array.isArray(current)) return null;
  const each = pushedValues(value);
  if (!each) return null;
  const grown = [...(current ?? []), ...each.values.map((item) => cloneDoc(item))];
  const kept = each.slice === undefined ? grown : sliced(grown, each.slice);
  parent[field] = kept;
  return current === undefined || !sameValue(kept, current);
}

/** `{ $each, $slice }` or one value; null for the other modifiers ($position, $sort). */
function pushedValues(value: unknown): { values: unknown[]; slice?: number } | null {
  if (!isPlainObject(value) || !Object.keys(value).some((key) => key.startsWith('$'))) return { values: [value] };
  const { $each, $slice, ...rest } = value;
  if (Object.keys(rest).length > 0 || !Array.isArray($each)) return null;
  if ($slice === undefined) return { values: $each };
  return typeof $slice === 'number' && Number.isInteger($slice) ? { values: $each, slice: $slice } : null;
}

function sliced(list: unknown[], slice: number): unknown[] {
  if (slice === 0) return [];
  return slice > 0 ? list.slice(0, slice) : list.slice(slice);
}
