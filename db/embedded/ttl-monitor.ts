import type { EmbeddedLogger } from './logger.ts';
import type { Catalog } from './storage/catalog.ts';
import type { Collection } from './storage/collection.ts';

export const DEFAULT_TTL_INTERVAL_MS = 60_000;
/** Deletes per TTL index in one go; a larger backlog continues right after, letting clients in between. */
const BATCH = 1_000;

/** Returns true when the index has more expired documents than this batch took. */
function expireBatch(collection: Collection, now: number): boolean {
  let more = false;
  for (const index of [...collection.indexes.values()]) {
    const ids = index.expiredIds(now, BATCH);
    for (const id of ids) collection.removeKey(id);
    more ||= ids.length === BATCH;
  }
  return more;
}

/**
 * Deletes expired documents of TTL indexes every `intervalMs`; `commit` journals each batch like a
 * command. Each TTL index keeps its dates in order, so a pass costs the expired documents, not
 * the collection's size.
 */
export function startTtlMonitor(catalog: Catalog, intervalMs: number, commit: () => void, logger: EmbeddedLogger): () => void {
  let stopped = false;
  const pass = () => {
    if (stopped) return;
    let more = false;
    try {
      const now = Date.now();
      for (const collection of catalog.allCollections()) more = expireBatch(collection, now) || more;
      commit();
    } catch (err) {
      logger.error({ err: err instanceof Error ? err.message : String(err) }, 'TTL expiry failed; it runs again on the next pass');
      more = false;
    }
    if (more) setImmediate(pass);
  };
  const timer = setInterval(pass, intervalMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
