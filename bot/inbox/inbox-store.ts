import { createHash } from 'node:crypto';
import type { webhook } from '@line/bot-sdk';
import { InboxEventModel } from '../../models/inbox-event.ts';

export type StoreResult = { stored: number; duplicates: number };

/**
 * Writes webhook events to the inbox before the webhook answers. The unique webhookEventId
 * turns a redelivery, or the same event arriving twice, into a duplicate-key no-op.
 */
export async function storeWebhookEvents(events: webhook.Event[], receivedAt = new Date()): Promise<StoreResult> {
  if (events.length === 0) return { stored: 0, duplicates: 0 };
  const documents = events.map((event) => toInboxDocument(event, receivedAt));
  try {
    await InboxEventModel.collection.insertMany(documents, { ordered: false });
    return { stored: documents.length, duplicates: 0 };
  } catch (error) {
    const duplicates = countDuplicateKeyErrors(error);
    if (duplicates === null) throw error;
    return { stored: documents.length - duplicates, duplicates };
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

/** Null when the error is anything other than duplicate keys only. */
function countDuplicateKeyErrors(error: unknown): number | null {
  const writeErrors = (error as { writeErrors?: unknown }).writeErrors;
  const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
  if (list.length === 0) return null;
  const allDuplicates = list.every((item: { code?: number; err?: { code?: number } }) => (item.code ?? item.err?.code) === 11000);
  return allDuplicates ? list.length : null;
}
