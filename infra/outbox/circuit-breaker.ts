export type BreakerSettings = { failureThreshold: number; openMs: number; maxOpenMs: number };

/**
 * Stops sending while LINE is failing, instead of spending every queued message's attempts on
 * an outage. After `failureThreshold` consecutive failures (5xx, timeouts, no answer) it opens:
 * nothing is sent for `openMs`; then one probe goes. A probe that fails opens it again for twice
 * as long (up to `maxOpenMs`); one that succeeds closes it. Per instance: each instance learns
 * of an outage from its own requests, which costs each only a few attempts.
 */
export class CircuitBreaker {
  readonly #settings: BreakerSettings;
  readonly #now: () => number;
  #failures = 0;
  #openUntil = 0;
  #openMs: number;
  #probing = false;

  constructor(settings: BreakerSettings, now: () => number = Date.now) {
    this.#settings = settings;
    this.#now = now;
    this.#openMs = settings.openMs;
  }

  get isOpen(): boolean {
    return this.#failures >= this.#settings.failureThreshold;
  }

  /** How long to wait before trying to send; 0 when a send (or the probe) may go now. */
  holdOffMs(): number {
    if (!this.isOpen) return 0;
    const wait = this.#openUntil - this.#now();
    if (wait > 0) return wait;
    return this.#probing ? Math.min(this.#settings.openMs, 100) : 0;
  }

  /** For a send already claimed: how long it must wait because the breaker opened meanwhile (0 once the probe may go). */
  closedForMs(): number {
    return this.isOpen ? Math.max(0, this.#openUntil - this.#now()) : 0;
  }

  /** How many sends may start now: all while closed, one probe after the open period, none else. */
  admit(wanted: number): number {
    if (!this.isOpen) return wanted;
    if (this.#probing || this.#openUntil > this.#now()) return 0;
    this.#probing = true;
    return Math.min(1, wanted);
  }

  /** Returns true when this success closed an open breaker (LINE is back). */
  recordSuccess(): boolean {
    const wasOpen = this.isOpen;
    this.#failures = 0;
    this.#probing = false;
    this.#openMs = this.#settings.openMs;
    return wasOpen;
  }

  recordFailure(): void {
    const wasOpen = this.isOpen;
    this.#failures += 1;
    if (!this.isOpen) return;
    if (!wasOpen) {
      this.#openUntil = this.#now() + this.#openMs;
      return;
    }
    // Sends that started before the breaker opened fail too; only the probe's failure extends the wait.
    if (!this.#probing) return;
    this.#probing = false;
    this.#openMs = Math.min(this.#settings.maxOpenMs, this.#openMs * 2);
    this.#openUntil = this.#now() + this.#openMs;
  }

  /** A send that ended without a verdict on LINE's health (a 4xx): frees the probe slot. */
  recordNeutral(): void {
    this.#probing = false;
  }
}
