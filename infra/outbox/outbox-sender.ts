import type { Logger } from '../logger.ts';
import type { LineClients } from '../line/line-clients.ts';
import { LeaseWorker } from '../workers/lease-worker.ts';
import { claimOutboxEntry, type ClaimedOutboxEntry } from './outbox-claims.ts';
import { deliverOutboxEntry } from './deliver-outbox-entry.ts';
import { RateLimiter } from './rate-limiter.ts';

export type OutboxSenderOptions = {
  clients: LineClients;
  logger: Logger;
  leaseMs: number;
  maxAttempts: number;
  ratePerSecond: { reply: number; push: number; multicast: number };
  concurrency?: number;
  pollIntervalMs?: number;
  sendTimeoutMs?: number;
};

/** Drains the outbox: claims due entries and delivers them within LINE's rate limits. */
export function createOutboxSender(options: OutboxSenderOptions): LeaseWorker<ClaimedOutboxEntry> {
  const limiters = {
    reply: new RateLimiter(options.ratePerSecond.reply),
    push: new RateLimiter(options.ratePerSecond.push),
    multicast: new RateLimiter(options.ratePerSecond.multicast),
  };
  const deps = {
    clients: options.clients,
    limiters,
    maxAttempts: options.maxAttempts,
    sendTimeoutMs: options.sendTimeoutMs ?? 10_000,
    logger: options.logger,
  };
  return new LeaseWorker({
    name: 'outbox-sender',
    concurrency: options.concurrency ?? 4,
    pollIntervalMs: options.pollIntervalMs ?? 500,
    claim: (owner) => claimOutboxEntry(owner, options.leaseMs),
    process: (entry) => deliverOutboxEntry(deps, entry),
    logger: options.logger,
  });
}
