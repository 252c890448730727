/**
 * A token bucket per endpoint. LINE limits each channel per endpoint; this keeps one instance
 * under its share. `take()` resolves when a token is free, so callers simply await it.
 */
export class RateLimiter {
  readonly #ratePerSecond: number;
  readonly #capacity: number;
  #tokens: number;
  #updatedAt: number;
  readonly #now: () => number;

  constructor(ratePerSecond: number, now: () => number = Date.now) {
    this.#ratePerSecond = ratePerSecond;
    this.#capacity = Math.max(1, ratePerSecond);
    this.#tokens = this.#capacity;
    this.#now = now;
    this.#updatedAt = now();
  }

  /** Milliseconds to wait before a token is available; takes it when the answer is 0. */
  tryTake(): number {
    this.#refill();
    if (this.#tokens >= 1) {
      this.#tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.#tokens) / this.#ratePerSecond) * 1000);
  }

  async take(): Promise<void> {
    for (let wait = this.tryTake(); wait > 0; wait = this.tryTake()) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  #refill(): void {
    const now = this.#now();
    const elapsedSeconds = (now - this.#updatedAt) / 1000;
    this.#tokens = Math.min(this.#capacity, this.#tokens + elapsedSeconds * this.#ratePerSecond);
    this.#updatedAt = now;
  }
}
