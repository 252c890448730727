const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Every duration the delivery layer works with, in one place so tests can compress them all at once. */
export type DeliveryTiming = {
  /** How long a failing push or multicast keeps being retried. */
  retryWindowMs: number;
  /** An X-Line-Retry-Key is valid 24 h from its first attempt; retries with it stop this long after. */
  retryKeyUsableMs: number;
  backoff: { baseMs: number; maxMs: number };
  /** LINE documents one minute for a reply token; the margin leaves time to send before it runs out. */
  replyTokenMaxAgeMs: number;
  /** Consecutive LINE failures that open the breaker; how long it stays open at first and at most. */
  breaker: { failureThreshold: number; openMs: number; maxOpenMs: number };
  sendTimeoutMs: number;
  /** How often dead letters are looked for, to tell staff. */
  deadLetterCheckMs: number;
};

export function defaultDeliveryTiming(retryHours: number): DeliveryTiming {
  return {
    retryWindowMs: retryHours * HOUR,
    retryKeyUsableMs: 23 * HOUR,
    backoff: { baseMs: SECOND, maxMs: 5 * MINUTE },
    replyTokenMaxAgeMs: 50 * SECOND,
    breaker: { failureThreshold: 5, openMs: 5 * SECOND, maxOpenMs: MINUTE },
    sendTimeoutMs: 10 * SECOND,
    deadLetterCheckMs: MINUTE,
  };
}

/** The same timing running `factor` times faster (a 3-minute outage in 3 s at factor 60), for tests. */
export function compressTiming(timing: DeliveryTiming, factor: number): DeliveryTiming {
  const scale = (ms: number) => Math.max(1, Math.round(ms / factor));
  return {
    retryWindowMs: scale(timing.retryWindowMs),
    retryKeyUsableMs: scale(timing.retryKeyUsableMs),
    backoff: { baseMs: scale(timing.backoff.baseMs), maxMs: scale(timing.backoff.maxMs) },
    replyTokenMaxAgeMs: scale(timing.replyTokenMaxAgeMs),
    breaker: { ...timing.breaker, openMs: scale(timing.breaker.openMs), maxOpenMs: scale(timing.breaker.maxOpenMs) },
    sendTimeoutMs: scale(timing.sendTimeoutMs),
    deadLetterCheckMs: scale(timing.deadLetterCheckMs),
  };
}
