import type { webhook } from '@line/bot-sdk';
import { InboxEventModel } from '../../models/inbox-event.ts';
import { createBulkWriter, isUnencodableDocument, WriteRefused } from '../../infra/workers/bulk-writer.ts';

/** `refused`: events the database would not store (they are logged and acknowledged, never retried by LINE in vain). */
export type StoreResult = { stored: number; duplicates: number; refused: number };

const DUPLICATE_KEY = 11000;

/**
 * Writes webhook events to the inbox before the webhook answers. The unique webhookEventId
 * turns a redelivery, or the same event arriving twice, into a duplicate-key no-op.
 *
 * Concurrent webhook requests are group-committed (infra/workers/bulk-writer.ts): their events
 * share one unordered bulkWrite, so one event the database refuses fails only itself. A request
 * answers once all its own events are settled; if any could not be written for a reason that may
 * pass (the database unreachable), the whole request fails, so LINE redelivers it.
 */
export function createInboxWriter(): { store(events: webhook.Event[], receivedAt?: Date): Promise<StoreResult> } {
  const writer = createBulkWriter(() => InboxEventModel.collection);
  const storeOne = async (event: webhook.Event, receivedAt: Date): Promise<keyof StoreResult> => {
    try {
      await writer.write({ insertOne: { document: toInboxDocument(event, receivedAt) } });
      return 'stored';
    } catch (error) {
      if (error instanceof WriteRefused) return error.code === DUPLICATE_KEY ? 'duplicates' : 'refused';
      if (isUnencodableDocument(error)) return 'refused';
      throw error;
    }
  };
  return {
    async store(events, receivedAt = new Date()) {
      const outcomes = await Promise.allSettled(events.map((event) => storeOne(event, receivedAt)));
      const result: StoreResult = { stored: 0, duplicates: 0, refused: 0 };
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') throw outcome.reason;
        result[outcome.value] += 1;
      }
      return result;
    },
  };
}

function toInboxDocument(event: webhook.Event, receivedAt: Date) {
  const source = event.source as { userId?: string } | undefined;
  const eventTimestamp = new Date(event.timestamp);
  return {
    webhookEventId: event.webhookEventId,
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
