import { pathValues, type Doc } from '../values/doc-paths.ts';
import { valueKey } from '../values/value-key.ts';
import { compileFilter } from '../query/filter.ts';

export interface IndexSpec {
  v?: number;
  key: Record<string, unknown>;
  name: string;
  unique?: boolean;
  sparse?: boolean;
  expireAfterSeconds?: number;
  partialFilterExpression?: Doc;
  [option: string]: unknown;
}

export interface IndexKey {
  key: string;
  values: unknown[];
}

/** One index: a hash map from the canonical key of the indexed values to the ids of documents. */
export class IndexEntry {
  readonly spec: IndexSpec;
  readonly fields: string[];
  /** Only ascending/descending indexes hold a map; text/2dsphere/hashed are kept as metadata. */
  readonly hashable: boolean;
  private readonly map = new Map<string, Set<string>>();
  /**
   * Compound indexes also map their leading field alone, so the common shape "equality on the
   * first field, range or sort on the rest" (`{status: 'pending', dueAt: {$lte: now}}`) is served
   * by the index as MongoDB would, instead of by a collection scan.
   */
  private readonly prefixMap = new Map<string, Set<string>>();
  private readonly partial: ((doc: Doc) => boolean) | null;

  constructor(spec: IndexSpec) {
    this.spec = spec;
    this.fields = Object.keys(spec.key);
    this.hashable = Object.values(spec.key).every((d) => d === 1 || d === -1);
    this.partial = spec.partialFilterExpression ? compileFilter(spec.partialFilterExpression) : null;
  }

  get unique(): boolean {
    return this.spec.unique === true || this.spec.name === '_id_';
  }

  get isPartialOrSparse(): boolean {
    return this.partial !== null || this.spec.sparse === true;
  }

  keysOf(doc: Doc): IndexKey[] {
    if (!this.hashable) return [];
    if (this.partial && !this.partial(doc)) return [];
    if (this.fields.length === 1) return this.singleFieldKeys(doc, this.fields[0] ?? '');
    const perField = this.fields.map((field) => pathValues(doc, field));
    if (this.spec.sparse && perField.every((values) => values.length === 0)) return [];
    const combos = cartesian(perField.map((values) => (values.length === 0 ? [null] : dedupe(values))));
    return combos.map((values) => ({ key: this.keyFor(values), values }));
  }

  private singleFieldKeys(doc: Doc, field: string): IndexKey[] {
    const values = pathValues(doc, field);
    if (values.length === 0) return this.spec.sparse ? [] : [{ key: 'N', values: [null] }];
    if (values.length === 1) return [{ key: valueKey(values[0]), values }];
    return dedupe(values).map((value) => ({ key: valueKey(value), values: [value] }));
  }

  keyFor(values: unknown[]): string {
    return values.length === 1 ? valueKey(values[0]) : JSON.stringify(values.map(valueKey));
  }

  /** Returns the first key of `doc` already held by another document, if this index is unique. */
  findConflict(idKey: string, doc: Doc): IndexKey | null {
    if (!this.unique) return null;
    for (const entry of this.keysOf(doc)) {
      const holders = this.map.get(entry.key);
      if (holders && (holders.size > 1 || !holders.has(idKey))) return entry;
    }
    return null;
  }

  add(idKey: string, doc: Doc): void {
    for (const { key, values } of this.keysOf(doc)) {
      addTo(this.map, key, idKey);
      if (this.fields.length > 1) addTo(this.prefixMap, valueKey(values[0]), idKey);
    }
  }

  remove(idKey: string, doc: Doc): void {
    for (const { key, values } of this.keysOf(doc)) {
      removeFrom(this.map, key, idKey);
      if (this.fields.length > 1) removeFrom(this.prefixMap, valueKey(values[0]), idKey);
    }
  }

  lookup(key: string): ReadonlySet<string> | undefined {
    return this.map.get(key);
  }

  /** Documents whose leading indexed field has this value (compound indexes only). */
  lookupPrefix(value: unknown): ReadonlySet<string> | undefined {
    return this.prefixMap.get(valueKey(value));
  }

  clear(): void {
    this.map.clear();
    this.prefixMap.clear();
  }
}

function addTo(map: Map<string, Set<string>>, key: string, idKey: string): void {
  let holders = map.get(key);
  if (!holders) {
    holders = new Set();
    map.set(key, holders);
  }
  holders.add(idKey);
}

function removeFrom(map: Map<string, Set<string>>, key: string, idKey: string): void {
  const holders = map.get(key);
  if (!holders) return;
  holders.delete(idKey);
  if (holders.size === 0) map.delete(key);
}

function dedupe(values: unknown[]): unknown[] {
  const seen = new Map<string, unknown>();
  for (const value of values) seen.set(valueKey(value), value);
  return [...seen.values()];
}

function cartesian(lists: unknown[][]): unknown[][] {
  let result: unknown[][] = [[]];
  for (const list of lists) result = result.flatMap((prefix) => list.map((value) => [...prefix, value]));
  return result;
}
