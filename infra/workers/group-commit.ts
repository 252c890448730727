/**
 * The scheduling both group-commit helpers share (bulk-writer.ts for writes, batched-lookup.ts for
 * reads): items added while a batch is on its way gather into the next one, so under load many
 * callers share one round trip, while a lone item still goes out on the next turn of the loop.
 * `run` settles every item of its batch itself and must not throw.
 */
export function createGroupCommit<Item>(run: (batch: Item[]) => Promise<void>, maxPerBatch: number): { add(item: Item): void } {
  let waiting: Item[] = [];
  let running = false;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    if (running || waiting.length === 0) return;
    const batch = waiting.slice(0, maxPerBatch);
    waiting = waiting.slice(batch.length);
    running = true;
    void run(batch).finally(() => {
      running = false;
      flush();
    });
  };

  return {
    add(item) {
      waiting.push(item);
      if (!scheduled && !running) {
        scheduled = true;
        setImmediate(flush);
      }
    },
  };
}
