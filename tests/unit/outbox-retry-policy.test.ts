import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideAfterFailure, type RetryContext } from '../../infra/outbox/retry-policy.ts';
import { parseRetryAfter, type SendFailure } from '../../infra/outbox/send-failure.ts';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, backoffDelayMs } from '../../infra/workers/backoff.ts';

const MONTHLY_LIMIT_BODY = '{"message":"You have reached your monthly limit."}';
const INVALID_REPLY_TOKEN_BODY = '{"message":"Invalid reply token"}';

function failure(overrides: Partial<SendFailure> = {}): SendFailure {
  return {
    status: 500,
    retryAfterSeconds: undefined,
    acceptedRequestId: undefined,
    lineRequestId: 'req-1',
    body: '{"message":"An error occurred"}',
    ...overrides,
  };
}

function decide(failureOverrides: Partial<SendFailure>, context: Partial<Omit<RetryContext, 'failure'>> = {}) {
  return decideAfterFailure({
    kind: 'push',
    attempts: 1,
    now: 0,
    giveUpAt: 6 * 60 * 60_000,
    replyOutcomeUnknown: false,
    random: () => 0,
    failure: failure(failureOverrides),
    ...context,
  });
}

function ceilingFor(attempts: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
}

describe('decideAfterFailure', () => {
  it.each(['push', 'multicast', 'reply'] as const)(
    'when a %s gets 409 with x-line-accepted-request-id, then it counts as sent',
    (kind) => {
      const decision = decide({ status: 409, acceptedRequestId: 'accepted-123' }, { kind });
      expect(decision).toEqual({ action: 'sent', note: expect.stringContaining('accepted-123') });
    },
  );

  it('when 409 arrives without an accepted request id, then it is dead rather than retried', () => {
    expect(decide({ status: 409, body: 'conflict' })).toEqual({ action: 'dead', reason: expect.stringContaining('409') });
  });

  it('when a reply gets 400 "Invalid reply token", then it switches to push', () => {
    expect(decide({ status: 400, body: INVALID_REPLY_TOKEN_BODY }, { kind: 'reply' })).toEqual({
      action: 'switch-to-push',
    });
  });

  it('when a reply whose earlier outcome was lost gets "Invalid reply token", then it counts as sent', () => {
    const decision = decide({ status: 400, body: INVALID_REPLY_TOKEN_BODY }, { kind: 'reply', replyOutcomeUnknown: true });
    expect(decision.action).toBe('sent');
  });

  it('when a push gets 400 "Invalid reply token", then it is dead (only replies switch)', () => {
    expect(decide({ status: 400, body: INVALID_REPLY_TOKEN_BODY }, { kind: 'push' }).action).toBe('dead');
  });

  it('when 429 carries Retry-After, then the delay is at least Retry-After', () => {
    const decision = decide({ status: 429, retryAfterSeconds: 7, body: '{"message":"Too Many Requests"}' });
    expect(decision.action).toBe('retry');
    if (decision.action !== 'retry') return;
    expect(decision.delayMs).toBeGreaterThanOrEqual(7_000);
  });

  it('when Retry-After is shorter than the backoff, then the longer backoff wins', () => {
    const decision = decide({ status: 429, retryAfterSeconds: 1 }, { attempts: 6, random: () => 1 });
    expect(decision).toEqual({ action: 'retry', delayMs: ceilingFor(6) });
  });

  it('when 429 has no Retry-After, then it backs off', () => {
    expect(decide({ status: 429, body: '{"message":"Too Many Requests"}' }, { attempts: 3 })).toEqual({
      action: 'retry',
      delayMs: ceilingFor(3) / 2,
    });
  });

  it('when 429 says the monthly limit is reached, then it is dead and never retried', () => {
    const decision = decide({ status: 429, retryAfterSeconds: 60, body: MONTHLY_LIMIT_BODY });
    expect(decision).toEqual({ action: 'dead', reason: expect.stringContaining('monthly') });
  });

  it.each([
    ['500', 500],
    ['502', 502],
    ['503', 503],
    ['no response', undefined],
  ])('when the failure is %s, then it retries with a growing backoff', (_, status) => {
    const delays = [1, 2, 3, 4, 5].map((attempts) => {
      const decision = decide({ status }, { attempts, random: () => 0.5 });
      expect(decision.action).toBe('retry');
      return decision.action === 'retry' ? decision.delayMs : Number.NaN;
    });
    for (let index = 1; index < delays.length; index += 1) {
      expect(delays[index]).toBeGreaterThan(delays[index - 1] ?? Infinity);
    }
  });

  it.each([400, 401, 403, 404, 413, 422])('when LINE answers %i, then it is dead with the body in the reason', (status) => {
    const body = `{"message":"error ${status}","details":[{"message":"bad","property":"messages[0].text"}]}`;
    const decision = decide({ status, body });
    expect(decision.action).toBe('dead');
    if (decision.action !== 'dead') return;
    expect(decision.reason).toContain(String(status));
    expect(decision.reason).toContain(body);
  });

  it('when the next retry would fall past the retry window, then it is dead', () => {
    const decision = decide({ status: 500, body: 'upstream down' }, { attempts: 40, now: 1_000, giveUpAt: 60_000 });
    expect(decision).toEqual({ action: 'dead', reason: expect.stringContaining('40 attempts') });
    if (decision.action === 'dead') expect(decision.reason).toContain('upstream down');
  });

  it('when LINE keeps failing for hours but the window is not over, then it still retries at the capped backoff', () => {
    const decision = decide({ status: 503 }, { attempts: 60, now: 5 * 60 * 60_000, giveUpAt: 6 * 60 * 60_000 });
    expect(decision).toEqual({ action: 'retry', delayMs: BACKOFF_MAX_MS / 2 });
  });
});

describe('backoffDelayMs', () => {
  it('when random is at its extremes, then the delay spans half the ceiling to the ceiling', () => {
    expect(backoffDelayMs(1, () => 0)).toBe(250);
    expect(backoffDelayMs(1, () => 1)).toBe(500);
    expect(backoffDelayMs(4, () => 0)).toBe(2_000);
    expect(backoffDelayMs(4, () => 1)).toBe(4_000);
  });

  it('when attempts grow large, then the delay is capped at BACKOFF_MAX_MS', () => {
    expect(backoffDelayMs(50, () => 1)).toBe(BACKOFF_MAX_MS);
    expect(backoffDelayMs(50, () => 0)).toBe(BACKOFF_MAX_MS / 2);
  });

  it('when attempts is 0, then it is treated as the first attempt', () => {
    expect(backoffDelayMs(0, () => 1)).toBe(BACKOFF_BASE_MS);
  });

  it('for any attempt count and random value, the delay stays within half-ceiling..ceiling', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0, max: 1, noNaN: true }), (attempts, r) => {
        const delay = backoffDelayMs(attempts, () => r);
        const ceiling = ceilingFor(attempts);
        return delay >= ceiling / 2 && delay <= ceiling && delay <= BACKOFF_MAX_MS;
      }),
    );
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');

  it.each([
    ['7', 7],
    ['0', 0],
    ['120', 120],
  ])('when the header is delta-seconds %s, then it returns %i', (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });

  it('when the header is an HTTP date, then it returns the seconds until that date', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now)).toBe(30);
  });

  it('when the HTTP date is in the past, then it returns 0', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:27:00 GMT', now)).toBe(0);
  });

  it.each([null, '', 'soon'])('when the header is %j, then it returns undefined', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});
