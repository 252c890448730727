import { randomToken } from './ids.ts';

interface IssuedToken {
  userId: string | null;
  expiresAt: number;
  used: boolean;
}

export type ReplyTokenUse = { valid: true; userId: string | null } | { valid: false };

/** Reply tokens are single use and short-lived; only tokens issued here are accepted. */
export class ReplyTokenRegistry {
  readonly #tokens = new Map<string, IssuedToken>();
  readonly #ttlMs: number;

  constructor(ttlMs: number) {
    this.#ttlMs = ttlMs;
  }

  issue(userId: string | null, now: number): string {
    this.#forgetStale(now);
    const token = randomToken(24);
    this.#tokens.set(token, { userId, expiresAt: now + this.#ttlMs, used: false });
    return token;
  }

  consume(token: string, now: number): ReplyTokenUse {
    const issued = this.#tokens.get(token);
    if (!issued || issued.used || issued.expiresAt <= now) return { valid: false };
    issued.used = true;
    return { valid: true, userId: issued.userId };
  }

  clear(): void {
    this.#tokens.clear();
  }

  /** Tokens are kept in issue order, so the stale ones are at the front: stop at the first fresh one. */
  #forgetStale(now: number): void {
    for (const [token, issued] of this.#tokens) {
      if (issued.expiresAt > now) return;
      this.#tokens.delete(token);
    }
  }
}
