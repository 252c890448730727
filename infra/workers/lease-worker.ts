import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.ts';

export type LeaseWorkerOptions<T> = {
  name: string;
  concurrency: number;
  /** How often an idle loop looks for work that another instance stored or a retry made due. */
  pollIntervalMs: number;
  claim: (owner: string) => Promise<T | null>;
  process: (item: T) => Promise<void>;
  logger: Logger;
};

/** A stable id for this process, written into leases so a stuck claim can be traced to its owner. */
export const INSTANCE_ID = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/**
 * Runs `concurrency` loops that claim work from MongoDB and process it. All coordination is in
 * the claim (an atomic findOneAndUpdate with a lease), so any number of instances can run this.
 */
export class LeaseWorker<T> {
  readonly #options: LeaseWorkerOptions<T>;
  #running = false;
  #loops: Promise<void>[] = [];
  #sleepers = new Set<() => void>();

  constructor(options: LeaseWorkerOptions<T>) {
    this.#options = options;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#loops = Array.from({ length: this.#options.concurrency }, () => this.#loop());
  }

  /**
   * Called after `items` new pieces of work are stored in this process, so they start without
   * waiting for a poll. Only as many loops wake as there is work: waking all of them for one
   * event makes the rest run empty claims.
   */
  wake(items = Number.POSITIVE_INFINITY): void {
    let remaining = items;
    for (const resolve of [...this.#sleepers]) {
      if (remaining-- <= 0) break;
      resolve();
    }
  }

  /** Stops claiming and waits for the items in flight to finish. */
  async stop(): Promise<void> {
    this.#running = false;
    this.wake();
    await Promise.all(this.#loops);
    this.#loops = [];
  }

  async #loop(): Promise<void> {
    const { claim, process, logger, name } = this.#options;
    while (this.#running) {
      let item: T | null = null;
      try {
        item = await claim(INSTANCE_ID);
        if (item) await process(item);
      } catch (error) {
        logger.error({ err: error, worker: name }, 'worker step failed');
      }
      if (!item && this.#running) await this.#sleep();
    }
  }

  #sleep(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, this.#options.pollIntervalMs);
      this.#sleepers.add(done);
    });
  }
}
