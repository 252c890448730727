import { createHash } from 'node:crypto';
import type { webhook } from '@line/bot-sdk';
import { InboxEventModel } from '../../models/inbox-event.ts';

export type StoreResult = { stored: number; duplicates: number };

type InboxDocument = ReturnType<typeof toInboxDocument>;
type PendingWrite = { first: number; count: number; resolve(result: StoreResult): void; reject(error: unknown): void };

const MAX_BATCH_DOCUMENTS = 1_000;

/**
 * Writes webhook events to the inbox before the webhook answers. The unique webhookEventId
 * turns a redelivery, or the same event arriving twice, into a duplicate-key no-op.
 *
 * Concurrent webhook requests are group-committed: everything that arrives in the same turn of
 * the event loop goes to the database in one insertMany, and each request still waits for its
 * own events to be acknowledged before it answers 200.
 */
export function createInboxWriter(): { store(events: webhook.Event[], receivedAt?: Date): Promise<StoreResult> } {
  let documents: InboxDocument[] = [];
  let writes: PendingWrite[] = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const batch = { documents, writes };
    documents = [];
    writes = [];
    if (batch.documents.length > 0) void commit(batch.documents, batch.writes);
  };

  return {
    store(events, receivedAt = new Date()) {
      if (events.length === 0) return Promise.resolve({ stored: 0, duplicates: 0 });
      return new Promise<StoreResult>((resolve, reject) => {
        writes.push({ first: documents.length, count: events.length, resolve, reject });
        for (const event of events) documents.push(toInboxDocument(event, receivedAt));
        if (documents.length >= MAX_BATCH_DOCUMENTS) flush();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
  };
}

async function commit(documents: InboxDocument[], writes: PendingWrite[]): Promise<void> {
  let duplicateIndexes: number[] = [];
  try {
    await InboxEventModel.collection.insertMany(documents, { ordered: false });
  } catch (error) {
    const indexes = duplicateKeyIndexes(error);
    if (indexes === null) {
      for (const write of writes) write.reject(error);
      return;
    }
    duplicateIndexes = indexes;
  }
  for (const write of writes) {
    const duplicates = duplicateIndexes.filter((index) => index >= write.first && index < write.first + write.count).length;
    write.resolve({ stored: write.count - duplicates, duplicates });
  }
}

function toInboxDocument(event: webhook.Event, receivedAt: Date) {
  const source = event.source as { userId?: string } | undefined;
  return {
    webhookEventId: event.webhookEventId || fallbackEventId(event),
    type: event.type,
    lineUserId: source?.userId,
    eventTimestamp: new Date(event.timestamp),
    isRedelivery: event.deliveryContext?.isRedelivery ?? false,
    payload: event,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: receivedAt,
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
  const list = (Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : []) as { code?: number; index?: number }[];
  if (list.length === 0 || !list.every((item) => item.code === 11000 && typeof item.index === 'number')) return null;
  return list.map((item) => item.index as number);
}
