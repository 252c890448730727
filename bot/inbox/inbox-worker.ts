import type { webhook } from '@line/bot-sdk';
import type { Logger } from '../../infra/logger.ts';
import { LeaseWorker } from '../../infra/workers/lease-worker.ts';
import { backoffDelayMs } from '../../infra/workers/backoff.ts';
import {
  claimInboxEvent,
  hasEarlierUnfinishedEvent,
  postponeInboxEvent,
  markInboxDead,
  markInboxDone,
  scheduleInboxRetry,
  type ClaimedInboxEvent,
} from './inbox-claims.ts';

export type StoredEvent = { event: webhook.Event; webhookEventId: string; receivedAt: Date };
export type EventDispatcher = (stored: StoredEvent) => Promise<void>;

export type InboxWorkerOptions = {
  dispatch: EventDispatcher;
  logger: Logger;
  leaseMs: number;
  maxAttempts: number;
  retentionMs: number;
  concurrency?: number;
  pollIntervalMs?: number;
};

/** Fallback wait for an event behind an earlier one of the same user; normally it is released sooner. */
const SAME_USER_WAIT_MS = 2_000;

/** Processes stored webhook events; a failing event retries with backoff, then is dead-lettered. */
export function createInboxWorker(options: InboxWorkerOptions): LeaseWorker<ClaimedInboxEvent> {
  const wakeFor = (released: number) => {
    if (released > 0) worker.wake(released);
  };
  const process = async (claimed: ClaimedInboxEvent) => {
    const log = options.logger.child({ webhookEventId: claimed.webhookEventId, eventType: claimed.type });
    if (await hasEarlierUnfinishedEvent(claimed)) {
      await postponeInboxEvent(claimed, SAME_USER_WAIT_MS);
      return;
    }
    try {
      await options.dispatch({
        event: claimed.payload as webhook.Event,
        webhookEventId: claimed.webhookEventId,
        receivedAt: claimed.createdAt,
      });
      wakeFor(await markInboxDone(claimed, options.retentionMs));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (claimed.attempts >= options.maxAttempts) {
        log.error({ err: error, attempts: claimed.attempts }, 'inbox event dead-lettered');
        wakeFor(await markInboxDead(claimed, message));
        return;
      }
      log.warn({ err: error, attempts: claimed.attempts }, 'inbox event failed; will retry');
      await scheduleInboxRetry(claimed, backoffDelayMs(claimed.attempts), message);
    }
  };
  const worker = new LeaseWorker({
    name: 'inbox-worker',
    concurrency: options.concurrency ?? 4,
    pollIntervalMs: options.pollIntervalMs ?? 500,
    claim: (owner) => claimInboxEvent(owner, options.leaseMs),
    process,
    logger: options.logger,
  });
  return worker;
}
