import { pathValues, type Doc } from '../values/doc-paths.ts';
import { valueKey } from '../values/value-key.ts';
import { compileFilter } from '../query/filter.ts';
import { addTo, holderCount, holdersOf, isHeldBy, removeFrom, type Holders } from './holders.ts';
import { DateEntry, runEntry, Seek, type RunEntry } from './run-entry.ts';
import { SortedRun } from './sorted-run.ts';
import { cartesian, dedupe } from './index-keys.ts';

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

/** The earliest date BSON can hold: a seek before it starts at the first date of a run. */
const EARLIEST_DATE = new Date(-8.64e15);

/**
 * One index: a hash map from the canonical key of the indexed values to the ids of documents, or
 * for a two-field index its sorted runs alone (see `runs`).
 */
export class IndexEntry {
  readonly spec: IndexSpec;
  readonly fields: string[];
  /** Only ascending/descending indexes hold a map; text/2dsphere/hashed are kept as metadata. */
  readonly hashable: boolean;
  private readonly map = new Map<string, Holders>();
  /**
   * Compound indexes also keep, per value of their leading field, the documents ordered by the
   * second field, so the common shape "equality on the first field, range or sort on the second"
   * (`{status: 'pending', dueAt: {$lte: now}}` sorted by dueAt) is served by the index as MongoDB
   * would: a claim takes the first due entry instead of sorting every pending document.
   */
  private readonly runs = new Map<string, SortedRun>();
  /**
   * A two-field index finds an exact key in its runs (the leading value's run, then a binary search
   * on the second), so it keeps no hash map beside them: the map cost a key string and an entry per
   * document (about 90 bytes), and the runs hold every document anyway.
   */
  private readonly keyedByRuns: boolean;
  private readonly partial: ((doc: Doc) => boolean) | null;
  /** Set once a document gives more than one key (an array field), as MongoDB marks a multikey index; never cleared. */
  private multikeyFlag = false;
  /**
   * A TTL index keeps its keys in one ordered run instead of a hash map, dates as epoch ms, so
   * the TTL monitor walks only the expired entries instead of scanning the collection on every
   * pass, and an exact key is found by binary search. A map beside it would cost a key string,
   * an entry and, for documents finished in the same millisecond, a Set per key: about 80 bytes
   * per document of the inbox and outbox, the largest collections.
   */
  private readonly expiry: SortedRun | null;
  /** The _id index keeps no map of its own: its keys are the collection's document keys, the very same strings. */
  private readonly documentKeys: (() => ReadonlyMap<string, unknown>) | null;

  constructor(spec: IndexSpec, documentKeys: (() => ReadonlyMap<string, unknown>) | null = null) {
    this.spec = spec;
    this.documentKeys = documentKeys;
    this.fields = Object.keys(spec.key);
    this.hashable = Object.values(spec.key).every((d) => d === 1 || d === -1);
    this.partial = spec.partialFilterExpression ? compileFilter(spec.partialFilterExpression) : null;
    this.expiry = typeof spec.expireAfterSeconds === 'number' && this.fields.length === 1 ? new SortedRun() : null;
    this.keyedByRuns = this.fields.length === 2;
  }

  get unique(): boolean {
    return this.spec.unique === true || this.spec.name === '_id_';
  }

  get multikey(): boolean {
    return this.multikeyFlag;
  }

  /** Whether other fields than the indexed ones decide if a document is in the index. */
  get isPartial(): boolean {
    return this.partial !== null;
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
    // Nearly always one value per field (no array): one key, without working out combinations.
    if (perField.every((values) => values.length <= 1)) {
      const values = perField.map((found) => (found.length === 0 ? null : found[0]));
      return [{ key: this.keyFor(values), values }];
    }
    const combos = cartesian(perField.map((values) => (values.length === 0 ? [null] : dedupe(values))));
    return combos.map((values) => ({ key: this.keyFor(values), values }));
  }

  private singleFieldKeys(doc: Doc, field: string): IndexKey[] {
    const values = pathValues(doc, field);
    if (values.length === 0) return this.spec.sparse ? [] : [{ key: 'N', values: [null] }];
    if (values.length === 1) return [{ key: valueKey(values[0]), values }];
    return dedupe(values).map((value) => ({ key: valueKey(value), values: [value] }));
  }

  /** One string per combination of values: each part but the last is prefixed by its length, so no two combinations share one. */
  private keyFor(values: unknown[]): string {
    if (values.length === 1) return valueKey(values[0]);
    const parts = values.map(valueKey);
    const last = parts.pop() ?? '';
    return [...parts.map((part) => `${part.length}:${part}`), last].join('');
  }

  /** Returns the first key of `doc` already held by another document, if this index is unique. */
  findConflict(idKey: string, doc: Doc): IndexKey | null {
    if (!this.unique) return null;
    for (const entry of this.keysOf(doc)) {
      const holders = this.lookup(entry.values);
      if (holders !== undefined && (holderCount(holders) > 1 || !isHeldBy(holders, idKey))) return entry;
    }
    return null;
  }

  /** `seq` is the document's insertion order in its collection (the tie-break of ordered runs). */
  add(idKey: string, doc: Doc, seq: number, keys: IndexKey[] = this.keysOf(doc)): void {
    if (keys.length > 1) this.multikeyFlag = true;
    if (this.keepsMap) for (const { key } of keys) addTo(this.map, key, idKey);
    if (this.expiry) for (const { values } of keys) this.expiry.insert(runEntry(values[0], seq, idKey));
    for (const [leading, entry] of this.runEntries(keys, idKey, seq)) {
      let run = this.runs.get(leading);
      if (!run) {
        run = new SortedRun();
        this.runs.set(leading, run);
      }
      run.insert(entry);
    }
  }

  remove(idKey: string, doc: Doc, seq: number, keys: IndexKey[] = this.keysOf(doc)): void {
    if (this.keepsMap) for (const { key } of keys) removeFrom(this.map, key, idKey);
    if (this.expiry) for (const { values } of keys) this.expiry.remove(runEntry(values[0], seq, idKey));
    for (const [leading, entry] of this.runEntries(keys, idKey, seq)) {
      const run = this.runs.get(leading);
      if (run?.remove(entry) && run.size === 0) this.runs.delete(leading);
    }
  }

  /**
   * Up to `limit` documents of a TTL index whose earliest date plus `expireAfterSeconds` has
   * passed, earliest first (MongoDB's rule: non-dates never expire). Empty for other indexes.
   */
  expiredIds(now: number, limit: number): string[] {
    const ids = new Set<string>();
    const ttlMs = Number(this.spec.expireAfterSeconds) * 1000;
    // Dates follow every number and string in BSON order, and nothing else is expired.
    for (const entry of this.expiry?.ascending(new Seek(EARLIEST_DATE, 'before')) ?? []) {
      if (!(entry instanceof DateEntry) || entry.time + ttlMs > now || ids.size >= limit) break;
      ids.add(entry.id);
    }
    return [...ids];
  }

  /** The documents whose indexed fields have exactly these values (one per field, in index order). */
  lookup(values: unknown[]): Holders | undefined {
    if (this.keyedByRuns) return this.lookupInRuns(values[0], values[1] ?? null);
    if (this.expiry) return holdersOf(this.expiry.idsWithValue(values[0] ?? null));
    const key = this.keyFor(values);
    if (this.documentKeys) return this.documentKeys().has(key) ? key : undefined;
    return this.map.get(key);
  }

  private get keepsMap(): boolean {
    return !this.documentKeys && !this.keyedByRuns && !this.expiry;
  }

  private lookupInRuns(leading: unknown, second: unknown): Holders | undefined {
    return holdersOf(this.runs.get(valueKey(leading))?.idsWithValue(second) ?? []);
  }

  /** Documents whose leading indexed field has this value, ordered by the second field (compound indexes only). */
  prefixRun(value: unknown): SortedRun | undefined {
    return this.runs.get(valueKey(value));
  }

  /** One run entry per distinct (leading value, second value) pair; a third field would repeat pairs. */
  private runEntries(keys: IndexKey[], idKey: string, seq: number): Iterable<[string, RunEntry]> {
    const pairs = new Map<string, [string, RunEntry]>();
    if (this.fields.length < 2) return pairs.values();
    for (const { values } of keys) {
      const leading = valueKey(values[0]);
      const pair = `${leading}\u0000${valueKey(values[1])}`;
      if (!pairs.has(pair)) pairs.set(pair, [leading, runEntry(values[1] ?? null, seq, idKey)]);
    }
    return pairs.values();
  }
}
