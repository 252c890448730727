/**
 * An upsert in a group-committed bulk write (bulk-writer.ts) goes past mongoose, so it sets the
 * timestamps mongoose would have: `updatedAt` on every write, `createdAt` when it inserts.
 */
export function timestampedUpsert(set: Record<string, unknown>, onInsert: Record<string, unknown> = {}, at = new Date()) {
  return { $set: { ...set, updatedAt: at }, $setOnInsert: { ...onInsert, createdAt: at } };
}
