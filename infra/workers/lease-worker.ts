import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.ts';

export type LeaseWorkerOptions<T> = {
  name: string;
  /** Items in progress at once. */
  concurrency: number;
  /** How often an idle worker looks for work that another instance stored or a retry made due. */
  pollIntervalMs: number;
  /** Leases up to `max` items; called again whenever slots are free. */
  claim: (owner: string, max: number) => Promise<T[]>;
  process: (item: T) => Promise<void>;
  logger: Logger;
  /** Milliseconds to hold off before the next claim (e.g. while LINE is failing); 0 to go on. */
  holdOffMs?: () => number;
};

/** A stable id for this process, written into leases so a stuck claim can be traced to its owner. */
export const INSTANCE_ID = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/**
 * Claims work from MongoDB in batches and keeps up to `concurrency` items in progress. All
 * coordination is in the claim (a conditional update with a lease), so any number of instances
 * can run this; one claim loop per worker keeps claims batched instead of racing each other.
 */
export class LeaseWorker<T> {
  readonly #options: LeaseWorkerOptions<T>;
  #running = false;
  #loop: Promise<void> | null = null;
  readonly #inFlight = new Set<Promise<void>>();
  #signal: (() => void) | null = null;
  /** A wake() that came while the loop was busy claiming: the next wait returns at once. */
  #woken = false;
  /** Slots promised to items this process leased itself (see reserve()). */
  #reserved = 0;

  constructor(options: LeaseWorkerOptions<T>) {
    this.#options = options;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#loop = this.#run();
  }

  /** New work was stored in this process: claim it now instead of at the next poll. */
  wake(_items?: number): void {
    if (this.#signal) this.#signal();
    else this.#woken = true;
  }

  /**
   * For an item this process creates already leased to itself (no claim needed): a slot is
   * promised now, before the item is written, so it is never left leased with no slot to run it.
   * Returns null when running or full; otherwise `run` the item, or `cancel` if it was not written.
   */
  reserve(): { run(item: T): void; cancel(): void } | null {
    if (!this.#running || this.#inFlight.size + this.#reserved >= this.#options.concurrency) return null;
    this.#reserved += 1;
    let settled = false;
    const settle = () => {
      if (settled) return false;
      settled = true;
      this.#reserved -= 1;
      return true;
    };
    return {
      run: (item) => {
        if (settle()) this.#track(item);
      },
      cancel: () => void settle(),
    };
  }

  /**
   * Stops claiming and waits for the items in progress, at most `timeoutMs`: an item still
   * running then keeps its lease, which expires, and another instance takes it over.
   * Resolves true when everything finished in time.
   */
  async stop(timeoutMs = 10_000): Promise<boolean> {
    this.#running = false;
    this.wake();
    const finished = Promise.all([this.#loop, ...this.#inFlight]).then(() => true);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const inTime = await Promise.race([finished, timedOut]).finally(() => clearTimeout(timer));
    if (!inTime) this.#options.logger.warn({ worker: this.#options.name, inFlight: this.#inFlight.size }, 'worker stopped with items still in progress; their leases will expire');
    return inTime;
  }

  async #run(): Promise<void> {
    const { claim, logger, name, concurrency, pollIntervalMs } = this.#options;
    while (this.#running) {
      const holdOff = this.#options.holdOffMs?.() ?? 0;
      if (holdOff > 0) {
        await this.#wait(holdOff);
        continue;
      }
      const free = concurrency - this.#inFlight.size - this.#reserved;
      // A claim costs its queries whatever it takes: while work is in progress, wait until a
      // quarter of the slots are free instead of claiming one item per finished one.
      if (free <= 0 || (this.#inFlight.size > 0 && free < Math.max(1, Math.floor(concurrency / 4)))) {
        await this.#wait(pollIntervalMs);
        continue;
      }
      let items: T[] = [];
      try {
        items = await claim(INSTANCE_ID, free);
      } catch (error) {
        logger.error({ err: error, worker: name }, 'claiming work failed');
      }
      for (const item of items) this.#track(item);
      if (items.length === 0 && this.#running) await this.#wait(pollIntervalMs);
    }
  }

  #track(item: T): void {
    const done = this.#options
      .process(item)
      .catch((error: unknown) => this.#options.logger.error({ err: error, worker: this.#options.name }, 'worker step failed'))
      .finally(() => {
        this.#inFlight.delete(done);
        this.#signal?.();
      });
    this.#inFlight.add(done);
  }

  /** Until the timeout, a wake(), or an item finishing (a slot is free again). */
  #wait(ms: number): Promise<void> {
    if (this.#woken) {
      this.#woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.#signal?.(), ms);
      this.#signal = () => {
        clearTimeout(timer);
        this.#signal = null;
        resolve();
      };
    });
  }
}
