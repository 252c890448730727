const RETRY_KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface AcceptedRequest {
  requestId: string;
  acceptedAt: number;
  sentMessages?: { id: string; quoteToken: string }[];
}

/** Remembers accepted X-Line-Retry-Key values for 24 hours, as LINE does. */
export class RetryKeyRegistry {
  readonly #accepted = new Map<string, AcceptedRequest>();

  find(retryKey: string, now: number): AcceptedRequest | undefined {
    const accepted = this.#accepted.get(retryKey.toLowerCase());
    if (accepted && now - accepted.acceptedAt < RETRY_KEY_LIFETIME_MS) return accepted;
    return undefined;
  }

  remember(retryKey: string, accepted: AcceptedRequest): void {
    this.#forgetExpired(accepted.acceptedAt);
    this.#accepted.set(retryKey.toLowerCase(), accepted);
  }

  clear(): void {
    this.#accepted.clear();
  }

  /** Keys are kept in acceptance order, so expired ones are at the front. */
  #forgetExpired(now: number): void {
    for (const [key, accepted] of this.#accepted) {
      if (now - accepted.acceptedAt < RETRY_KEY_LIFETIME_MS) return;
      this.#accepted.delete(key);
    }
  }
}
