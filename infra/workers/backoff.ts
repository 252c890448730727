export const BACKOFF_BASE_MS = 500;
export const BACKOFF_MAX_MS = 5 * 60_000;

/** Full-jitter exponential backoff: spreads the retries of many instances apart. */
export function backoffDelayMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
