import type { Model } from 'mongoose';
import { createGroupCommit } from './group-commit.ts';

type Waiter<Doc> = { key: string; resolve(doc: Doc | null): void; reject(error: unknown): void };

export type BatchedLookup<Doc> = { get(key: string): Promise<Doc | null> };

const MAX_KEYS_PER_QUERY = 500;

/**
 * Group reads by a unique field, the read-side twin of bulk-writer.ts: while one query is on its
 * way, the lookups asked meanwhile gather into the next `{field: {$in: [...]}}`, so a hundred
 * events being processed at once share one round trip instead of paying one each; a lone lookup
 * still goes at once. A caller's own earlier write has finished before it asks, so it sees it.
 */
export function createBatchedLookup<Doc extends Record<string, unknown>>(
  // any: the schema type differs per model; only `field` is read back here.
  model: Model<any>,
  field: string,
  /** Fields to read (`field` is always read); all when absent. */
  projection?: Record<string, 1>,
): BatchedLookup<Doc> {
  const group = createGroupCommit<Waiter<Doc>>((batch) => answer({ model, field, projection }, batch), MAX_KEYS_PER_QUERY);
  return {
    get(key) {
      return new Promise<Doc | null>((resolve, reject) => group.add({ key, resolve, reject }));
    },
  };
}

// any: as in createBatchedLookup, only `field` is read back.
type Source = { model: Model<any>; field: string; projection: Record<string, 1> | undefined };

async function answer<Doc extends Record<string, unknown>>({ model, field, projection }: Source, batch: Waiter<Doc>[]): Promise<void> {
  try {
    const keys = [...new Set(batch.map((waiter) => waiter.key))];
    const found = (await model.find({ [field]: { $in: keys } }, projection ? { ...projection, [field]: 1 } : undefined).lean()) as Doc[];
    const byKey = new Map<unknown, Doc>();
    // The field is unique; should a duplicate ever exist, the first one found wins, as findOne's would.
    for (const doc of found) if (!byKey.has(doc[field])) byKey.set(doc[field], doc);
    for (const waiter of batch) waiter.resolve(byKey.get(waiter.key) ?? null);
  } catch (error) {
    for (const waiter of batch) waiter.reject(error);
  }
}
