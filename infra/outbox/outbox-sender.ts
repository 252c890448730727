import type { Logger } from '../logger.ts';
import type { LineClients } from '../line/line-clients.ts';
import { INSTANCE_ID, LeaseWorker } from '../workers/lease-worker.ts';
import { claimOutboxEntries, type ClaimedOutboxEntry, type Retention } from './outbox-claims.ts';
import { deliverOutboxEntry } from './deliver-outbox-entry.ts';
import { RateLimiter } from './rate-limiter.ts';
import { CircuitBreaker } from './circuit-breaker.ts';
import type { DeliveryTiming } from './delivery-timing.ts';
import type { DirectSending } from './outbox.ts';

export type OutboxSenderOptions = {
  clients: LineClients;
  logger: Logger;
  leaseMs: number;
  timing: DeliveryTiming;
  retention: Retention;
  ratePerSecond: { reply: number; push: number; multicast: number };
  /** Requests to LINE in flight at once. */
  concurrency?: number;
  pollIntervalMs?: number;
};

/**
 * Drains the outbox: claims due entries in batches and delivers them within LINE's rate limits.
 * While LINE is failing the circuit breaker holds claims back (one probe at a time), so an outage
 * costs each waiting message no attempts and the retry window, not the attempt count, decides.
 */
export function createOutboxSender(options: OutboxSenderOptions): LeaseWorker<ClaimedOutboxEntry> & { direct: DirectSending } {
  const breaker = new CircuitBreaker(options.timing.breaker);
  const deps = {
    clients: options.clients,
    limiters: {
      reply: new RateLimiter(options.ratePerSecond.reply),
      push: new RateLimiter(options.ratePerSecond.push),
      multicast: new RateLimiter(options.ratePerSecond.multicast),
    },
    breaker,
    timing: options.timing,
    retention: options.retention,
    logger: options.logger,
  };
  const worker = new LeaseWorker<ClaimedOutboxEntry>({
    name: 'outbox-sender',
    concurrency: options.concurrency ?? 32,
    pollIntervalMs: options.pollIntervalMs ?? 500,
    holdOffMs: () => breaker.holdOffMs(),
    claim: async (owner, max) => {
      const admitted = breaker.admit(max);
      if (admitted === 0) return [];
      // Nothing claimed means no probe is on its way: free the slot for the next one.
      const claimed = await claimOutboxEntries(owner, admitted, options.leaseMs).catch((error: unknown) => {
        breaker.recordNeutral();
        throw error;
      });
      if (claimed.length === 0) breaker.recordNeutral();
      return claimed;
    },
    process: (entry) => deliverOutboxEntry(deps, entry),
    logger: options.logger,
  });
  const direct: DirectSending = {
    owner: `${INSTANCE_ID}/direct`,
    leaseMs: options.leaseMs,
    reserve: () => (breaker.isOpen ? null : worker.reserve()),
  };
  return Object.assign(worker, { direct });
}
