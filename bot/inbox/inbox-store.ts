import { createHash } from 'node:crypto';
import type { webhook } from '@line/bot-sdk';
import { InboxEventModel } from '../../models/inbox-event.ts';
import { isDuplicateKeyError } from '../../db/is-duplicate-key-error.ts';

export type StoreResult = { stored: number; duplicates: number };

type InboxDocument = ReturnType<typeof toInboxDocument>;
type PendingWrite = { documents: InboxDocument[]; resolve(result: StoreResult): void; reject(error: unknown): void };

const MAX_BATCH_DOCUMENTS = 1_000;

/**
 * Writes webhook events to the inbox before the webhook answers. The unique webhookEventId
 * turns a redelivery, or the same event arriving twice, into a duplicate-key no-op.
 *
 * Concurrent webhook requests are group-committed: while one insertMany is on its way to the
 * database, the events of requests arriving meanwhile gather into the next one. A lone request
 * is written at once; under load, batches grow with the database's round trip instead of every
 * request paying its own. Each request still answers only after its own events are acknowledged.
 */
export function createInboxWriter(): { store(events: webhook.Event[], receivedAt?: Date): Promise<StoreResult> } {
  let waiting: PendingWrite[] = [];
  let scheduled = false;
  let committing = false;

  const flush = () => {
    scheduled = false;
    if (committing || waiting.length === 0) return;
    const batch = takeBatch(waiting);
    waiting = waiting.slice(batch.length);
    committing = true;
    void commit(batch).finally(() => {
      committing = false;
      flush();
    });
  };

  return {
    store(events, receivedAt = new Date()) {
      if (events.length === 0) return Promise.resolve({ stored: 0, duplicates: 0 });
      return new Promise<StoreResult>((resolve, reject) => {
        waiting.push({ documents: events.map((event) => toInboxDocument(event, receivedAt)), resolve, reject });
        if (!scheduled && !committing) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
  };
}

/** Whole requests, up to MAX_BATCH_DOCUMENTS events (a single larger request still goes alone). */
function takeBatch(waiting: PendingWrite[]): PendingWrite[] {
  let count = 0;
  let taken = 0;
  for (const write of waiting) {
    if (taken > 0 && count + write.documents.length > MAX_BATCH_DOCUMENTS) break;
    count += write.documents.length;
    taken += 1;
  }
  return waiting.slice(0, taken);
}

async function commit(writes: PendingWrite[]): Promise<void> {
  let duplicateIndexes: number[] = [];
  try {
    await InboxEventModel.collection.insertMany(writes.flatMap((write) => write.documents), { ordered: false });
  } catch (error) {
    const indexes = duplicateKeyIndexes(error);
    if (indexes === null) {
      for (const write of writes) write.reject(error);
      return;
    }
    duplicateIndexes = indexes;
  }
  let first = 0;
  for (const write of writes) {
    const count = write.documents.length;
    const duplicates = duplicateIndexes.filter((index) => index >= first && index < first + count).length;
    write.resolve({ stored: count - duplicates, duplicates });
    first += count;
  }
}

function toInboxDocument(event: webhook.Event, receivedAt: Date) {
  const source = event.source as { userId?: string } | undefined;
  const eventTimestamp = new Date(event.timestamp);
  return {
    webhookEventId: event.webhookEventId || fallbackEventId(event),
    type: event.type,
    lineUserId: source?.userId,
    eventTimestamp,
    isRedelivery: event.deliveryContext?.isRedelivery ?? false,
    payload: event,
    status: 'pending',
    attempts: 0,
    // Due at once, in the order the user acted; a LINE clock ahead of ours must not delay it.
    nextAttemptAt: eventTimestamp < receivedAt ? eventTimestamp : receivedAt,
    createdAt: receivedAt,
    updatedAt: receivedAt,
  };
}

/** LINE always sends webhookEventId; hand-made test bodies may not, and must still dedupe. */
function fallbackEventId(event: webhook.Event): string {
  return `sha256:${createHash('sha256').update(JSON.stringify(event)).digest('hex')}`;
}

/** Positions of the documents refused as duplicates; null when anything else went wrong. */
function duplicateKeyIndexes(error: unknown): number[] | null {
  const writeErrors = (error as { writeErrors?: unknown }).writeErrors;
  const list = [writeErrors ?? []].flat() as { index?: number }[];
  if (list.length === 0 || !list.every((item) => isDuplicateKeyError(item) && typeof item.index === 'number')) return null;
  return list.map((item) => item.index as number);
}
