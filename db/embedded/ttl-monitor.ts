import type { Catalog } from './storage/catalog.ts';
import type { Collection } from './storage/collection.ts';
import { pathValues, type Doc } from './values/doc-paths.ts';

export const DEFAULT_TTL_INTERVAL_MS = 60_000;

/** Like MongoDB, a document expires by the earliest date in the indexed field; non-dates never expire. */
function isExpired(doc: Doc, field: string, expireAfterMs: number, now: number): boolean {
  const dates = pathValues(doc, field).filter((value): value is Date => value instanceof Date);
  if (dates.length === 0) return false;
  return Math.min(...dates.map((date) => date.getTime())) + expireAfterMs <= now;
}

function expireCollection(collection: Collection, now: number): number {
  let removed = 0;
  for (const index of [...collection.indexes.values()]) {
    const seconds = index.spec.expireAfterSeconds;
    const field = index.fields[0];
    if (typeof seconds !== 'number' || index.fields.length !== 1 || field === undefined) continue;
    for (const doc of [...collection.docs.values()]) {
      if (!isExpired(doc, field, seconds * 1000, now)) continue;
      collection.remove(doc);
      removed += 1;
    }
  }
  return removed;
}

/** Deletes expired documents of TTL indexes every `intervalMs`; `afterPass` makes the deletes durable. */
export function startTtlMonitor(catalog: Catalog, intervalMs: number, afterPass: () => void): () => void {
  const timer = setInterval(() => {
    const now = Date.now();
    let removed = 0;
    for (const collection of catalog.allCollections()) removed += expireCollection(collection, now);
    if (removed > 0) afterPass();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
