import type { AppConfig } from '../config/load-config.ts';
import type { Logger } from '../logger.ts';
import type { LineClients } from '../line/line-clients.ts';
import { createOutbox, type Outbox } from './outbox.ts';
import { createOutboxSender } from './outbox-sender.ts';
import { watchDeadLetters } from './dead-letter-alert.ts';
import { defaultDeliveryTiming, type DeliveryTiming } from './delivery-timing.ts';
import { DAY_MS } from '../../domain/time/thai-time.ts';


/** Drains the outbox to LINE and tells staff about dead letters; started on worker instances only. */
export type OutboxSending = { start(): void; stop(timeoutMs?: number): Promise<boolean>; wake(count?: number): void };

/** The outbox everything sends through, and the worker that drains it to LINE. */
export type Delivery = { outbox: Outbox; sender: OutboxSending; timing: DeliveryTiming };

/**
 * One delivery layer for every entry point: the bot's event handlers, scheduled jobs and
 * command-line scripts queue through the same outbox, so the same exactly-once rules hold.
 * `timing` replaces the production durations (tests compress them; see compressTiming).
 */
export function createDelivery(deps: { config: AppConfig; clients: LineClients; logger: Logger; timing?: DeliveryTiming }): Delivery {
  const { outbox: settings } = deps.config;
  const timing = deps.timing ?? defaultDeliveryTiming(settings.retryHours);
  const worker = createOutboxSender({
    clients: deps.clients,
    logger: deps.logger,
    leaseMs: settings.leaseMs,
    ratePerSecond: settings.ratePerSecond,
    timing,
    retention: { sentMs: settings.retention.sentDays * DAY_MS, deadMs: settings.retention.deadDays * DAY_MS },
  });
  const outbox = createOutbox({ replyTokenMaxAgeMs: timing.replyTokenMaxAgeMs, onEnqueued: (count) => worker.wake(count), direct: worker.direct });
  let watch: { stop(): void } | null = null;
  const sender: OutboxSending = {
    start() {
      worker.start();
      watch ??= watchDeadLetters({ outbox, logger: deps.logger, intervalMs: timing.deadLetterCheckMs });
    },
    async stop(timeoutMs) {
      watch?.stop();
      watch = null;
      return worker.stop(timeoutMs);
    },
    wake: (count) => worker.wake(count),
  };
  return { outbox, sender, timing };
}
