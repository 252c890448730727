import { OutboxMessageModel } from '../../../models/outbox-message.ts';
import { batchesOf, type FanoutKey } from './send-ledger.ts';

export type Delivery = { delivered: number; failed: number; pending: number };

/** A batch is one outbox entry (≤ 500 recipients, one message): its key is the ledger id plus the outbox's part suffix. */
const ENTRY_SUFFIX = '#0.0';

/**
 * How the fan-out's batches fared at the sender, in recipients; waits up to `timeoutMs` for the
 * queued ones to be sent or dead-lettered. Looks each batch up by its unique key, never by a scan.
 */
export async function awaitDelivery(key: FanoutKey, options: { timeoutMs: number; pollMs?: number }): Promise<Delivery> {
  const batches = await batchesOf(key);
  const settled = new Map<string, 'sent' | 'dead'>();
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    for (const batch of batches) {
      if (settled.has(batch.id)) continue;
      const entry = await OutboxMessageModel.findOne({ dedupeKey: `${batch.id}${ENTRY_SUFFIX}` }, { status: 1 }).lean();
      // No entry: the batch had nothing to say (e.g. every activity was cancelled meanwhile).
      if (!entry) settled.set(batch.id, 'sent');
      else if (entry.status === 'sent' || entry.status === 'dead') settled.set(batch.id, entry.status);
    }
    if (settled.size === batches.length || Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
  }
  const result: Delivery = { delivered: 0, failed: 0, pending: 0 };
  for (const batch of batches) {
    const state = settled.get(batch.id);
    if (state === 'sent') result.delivered += batch.size;
    else if (state === 'dead') result.failed += batch.size;
    else result.pending += batch.size;
  }
  return result;
}
