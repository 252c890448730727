export const BACKOFF_BASE_MS = 500;
export const BACKOFF_MAX_MS = 5 * 60_000;

export type BackoffLimits = { baseMs: number; maxMs: number };

/** Full-jitter exponential backoff: spreads the retries of many instances apart. */
export function backoffDelayMs(
  attempts: number,
  random: () => number = Math.random,
  limits: BackoffLimits = { baseMs: BACKOFF_BASE_MS, maxMs: BACKOFF_MAX_MS },
): number {
  const ceiling = Math.min(limits.maxMs, limits.baseMs * 2 ** Math.min(30, Math.max(0, attempts - 1)));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
