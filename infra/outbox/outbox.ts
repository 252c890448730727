import type { messagingApi } from '@line/bot-sdk';
import { insertOutboxEntry, planOutboxEntries, type NewOutboxEntry } from './outbox-store.ts';

/**
 * The only way the bot sends anything to LINE: messages are stored first, then a sender
 * delivers them. Each call names a `dedupeKey` that is the same when the same work is redone.
 */
export type Outbox = {
  reply(input: { dedupeKey: string; replyToken: string; receivedAt: Date; to: string; messages: messagingApi.Message[] }): Promise<void>;
  push(input: { dedupeKey: string; to: string; messages: messagingApi.Message[] }): Promise<void>;
  multicast(input: { dedupeKey: string; to: string[]; messages: messagingApi.Message[]; purpose?: 'staff-alert' }): Promise<void>;
};

export type OutboxOptions = {
  /** LINE documents one minute; the margin leaves time to send before it runs out. */
  replyTokenMaxAgeMs: number;
  onEnqueued: (count: number) => void;
};

export function createOutbox(options: OutboxOptions): Outbox {
  const enqueue = async (entry: NewOutboxEntry) => {
    if (entry.messages.length === 0 || entry.to.length === 0) return;
    const planned = planOutboxEntries(entry);
    await Promise.all(planned.map((request) => insertOutboxEntry(request)));
    options.onEnqueued(planned.length);
  };
  return {
    reply: ({ dedupeKey, replyToken, receivedAt, to, messages }) =>
      enqueue({
        dedupeKey,
        kind: 'reply',
        to: [to],
        messages,
        replyToken,
        replyTokenExpiresAt: new Date(receivedAt.getTime() + options.replyTokenMaxAgeMs),
      }),
    push: ({ dedupeKey, to, messages }) => enqueue({ dedupeKey, kind: 'push', to: [to], messages }),
    multicast: ({ dedupeKey, to, messages, purpose }) =>
      enqueue({ dedupeKey, kind: 'multicast', to: [...new Set(to)], messages, ...(purpose ? { purpose } : {}) }),
  };
}
