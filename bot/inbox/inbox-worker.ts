import type { webhook } from '@line/bot-sdk';
import { lazyChild, type Logger } from '../../infra/logger.ts';
import { LeaseWorker } from '../../infra/workers/lease-worker.ts';
import { backoffDelayMs } from '../../infra/workers/backoff.ts';
import { withTimeLimit } from '../../infra/workers/time-limit.ts';
import {
  claimInboxChains,
  finishInboxEvent,
  holdBehindRetry,
  releaseWaitingEvents,
  scheduleInboxRetry,
  type ClaimedInboxEvent,
  type UserChain,
} from './inbox-claims.ts';

export type StoredEvent = { event: webhook.Event; webhookEventId: string; receivedAt: Date };
export type EventDispatcher = (stored: StoredEvent) => Promise<void>;

export type InboxWorkerOptions = {
  dispatch: EventDispatcher;
  logger: Logger;
  leaseMs: number;
  maxAttempts: number;
  retention: { doneMs: number; deadMs: number };
  /** Events received within this long are claimed before older ones: their reply token is still usable. */
  freshForMs: number;
  /** People whose events are processed at once (each person's own events still go one by one). */
  concurrency?: number;
  pollIntervalMs?: number;
};

/**
 * Processes stored webhook events: many people at once, each person's events in order. A
 * failing event retries with backoff, then is dead-lettered; so is one that keeps killing or
 * hanging its worker (its attempts are counted when claimed, and each run has a time limit), so
 * no event can hold up its sender, or anyone else, for longer than its attempts take.
 */
export function createInboxWorker(options: InboxWorkerOptions): LeaseWorker<UserChain> {
  // Below the lease, so a hung event is given up by its own worker before another takes it over.
  const timeLimitMs = Math.max(1_000, Math.floor((options.leaseMs * 2) / 3));
  const dead = (event: ClaimedInboxEvent, lastError: string) => finishInboxEvent(event, { status: 'dead', retentionMs: options.retention.deadMs, lastError });

  /** Returns false when the event will be retried: the person's later events must wait for it. */
  const processEvent = async (event: ClaimedInboxEvent): Promise<boolean> => {
    const log = lazyChild(options.logger, { webhookEventId: event.webhookEventId, eventType: event.type });
    if (event.attempts > options.maxAttempts) {
      log.error({ attempts: event.attempts }, 'inbox event dead-lettered: its worker died or hung on every attempt');
      await dead(event, `no attempt finished in ${options.maxAttempts} tries (worker died or hung)`);
      return true;
    }
    try {
      const stored = { event: event.payload as webhook.Event, webhookEventId: event.webhookEventId, receivedAt: event.createdAt };
      await withTimeLimit(options.dispatch(stored), timeLimitMs, `event not handled within ${timeLimitMs} ms`);
      await finishInboxEvent(event, { status: 'done', retentionMs: options.retention.doneMs });
      return true;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 1_000);
      if (event.attempts >= options.maxAttempts) {
        log.error({ err: error, attempts: event.attempts }, 'inbox event dead-lettered');
        await dead(event, message);
        return true;
      }
      log.warn({ err: error, attempts: event.attempts }, 'inbox event failed; will retry');
      await scheduleInboxRetry(event, backoffDelayMs(event.attempts), message);
      return false;
    }
  };

  const processChain = async (chain: UserChain) => {
    for (const [index, event] of chain.events.entries()) {
      if (await processEvent(event)) continue;
      await holdBehindRetry(chain.events.slice(index + 1), backoffDelayMs(event.attempts));
      return;
    }
    await releaseWaitingEvents(chain.lineUserId);
  };

  return new LeaseWorker({
    name: 'inbox-worker',
    concurrency: options.concurrency ?? 64,
    pollIntervalMs: options.pollIntervalMs ?? 500,
    claim: (owner, max) =>
      claimInboxChains({ owner, max, leaseMs: options.leaseMs, freshSince: new Date(Date.now() - options.freshForMs) }),
    process: processChain,
    logger: options.logger,
  });
}
