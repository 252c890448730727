import type { messagingApi } from '@line/bot-sdk';
import { insertOutboxEntry, planOutboxEntries, type NewOutboxEntry } from './outbox-store.ts';
import type { ClaimedOutboxEntry } from './outbox-claims.ts';

/**
 * A sender in this process with a free slot takes a new entry straight away: it is written
 * leased to the sender and sent without a claim round trip. Without a slot (or while LINE is
 * failing) the entry is written pending and a sender claims it as usual.
 */
export type DirectSending = {
  owner: string;
  leaseMs: number;
  reserve(): { run(entry: ClaimedOutboxEntry): void; cancel(): void } | null;
};

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
  direct?: DirectSending;
};

export function createOutbox(options: OutboxOptions): Outbox {
  const enqueue = async (entry: NewOutboxEntry) => {
    if (entry.messages.length === 0 || entry.to.length === 0) return;
    const queued = await Promise.all(planOutboxEntries(entry).map((request) => store(request)));
    const pending = queued.filter((wasPending) => wasPending).length;
    if (pending > 0) options.onEnqueued(pending);
  };
  /** True when the entry was written pending (a sender must be woken for it). */
  const store = async (request: NewOutboxEntry): Promise<boolean> => {
    const { direct } = options;
    const slot = direct?.reserve() ?? null;
    try {
      const stored = await insertOutboxEntry(request, new Date(), slot && direct ? { owner: direct.owner, leaseMs: direct.leaseMs } : undefined);
      if (slot && stored) slot.run(stored as ClaimedOutboxEntry);
      else slot?.cancel();
      return !slot && stored !== null;
    } catch (error) {
      slot?.cancel();
      throw error;
    }
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
