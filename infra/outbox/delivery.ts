import type { AppConfig } from '../config/load-config.ts';
import type { Logger } from '../logger.ts';
import type { LineClients } from '../line/line-clients.ts';
import type { LeaseWorker } from '../workers/lease-worker.ts';
import { createOutbox, type Outbox } from './outbox.ts';
import { createOutboxSender } from './outbox-sender.ts';
import type { ClaimedOutboxEntry } from './outbox-claims.ts';

/** LINE documents one minute for a reply token; the margin leaves time to send before it runs out. */
const REPLY_TOKEN_MAX_AGE_MS = 50_000;

/** The outbox everything sends through, and the worker that drains it to LINE. */
export type Delivery = { outbox: Outbox; sender: LeaseWorker<ClaimedOutboxEntry> };

/**
 * One delivery layer for every entry point: the bot's event handlers, scheduled jobs and
 * command-line scripts queue through the same outbox, so the same exactly-once rules hold.
 */
export function createDelivery(deps: { config: AppConfig; clients: LineClients; logger: Logger }): Delivery {
  const sender = createOutboxSender({ clients: deps.clients, logger: deps.logger, ...deps.config.outbox });
  const outbox = createOutbox({ replyTokenMaxAgeMs: REPLY_TOKEN_MAX_AGE_MS, onEnqueued: (count) => sender.wake(count) });
  return { outbox, sender };
}
