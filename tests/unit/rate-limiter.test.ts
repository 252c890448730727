import { afterEach, describe, expect, it, vi } from 'vitest';
import { RateLimiter } from '../../infra/outbox/rate-limiter.ts';

function fakeClock(start = 1_000_000) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

function takeRepeatedly(limiter: RateLimiter, times: number): number[] {
  return Array.from({ length: times }, () => limiter.tryTake());
}

describe('RateLimiter.tryTake', () => {
  it('when the bucket is full, then it allows a burst of exactly ratePerSecond tokens', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(10, clock.now);

    expect(takeRepeatedly(limiter, 10)).toEqual(Array(10).fill(0));
    expect(limiter.tryTake()).toBe(100);
  });

  it('when a token is not available, then asking again does not consume anything', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(10, clock.now);
    takeRepeatedly(limiter, 10);

    expect(takeRepeatedly(limiter, 3)).toEqual([100, 100, 100]);
    clock.advance(100);
    expect(limiter.tryTake()).toBe(0);
  });

  it('when time passes, then tokens refill at ratePerSecond and the wait shrinks', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(10, clock.now);
    takeRepeatedly(limiter, 10);

    clock.advance(50);
    expect(limiter.tryTake()).toBe(50);
    clock.advance(50);
    expect(limiter.tryTake()).toBe(0);
    expect(limiter.tryTake()).toBe(100);
  });

  it('when idle for a long time, then the bucket refills only up to its capacity', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(5, clock.now);
    takeRepeatedly(limiter, 5);

    clock.advance(60_000);
    expect(takeRepeatedly(limiter, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(limiter.tryTake()).toBe(200);
  });

  it('when the rate is below one per second, then the capacity is one token', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(0.5, clock.now);

    expect(limiter.tryTake()).toBe(0);
    expect(limiter.tryTake()).toBe(2_000);
    clock.advance(1_999);
    expect(limiter.tryTake()).toBe(1);
    clock.advance(1);
    expect(limiter.tryTake()).toBe(0);
  });

  it('when tokens are taken steadily at the rate, then none waits', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(4, clock.now);
    takeRepeatedly(limiter, 4);

    const waits = Array.from({ length: 20 }, () => {
      clock.advance(250);
      return limiter.tryTake();
    });
    expect(waits).toEqual(Array(20).fill(0));
  });
});

describe('RateLimiter.take', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('when the bucket is empty, then take resolves once a token has refilled', async () => {
    vi.useFakeTimers();
    const limiter = new RateLimiter(2, () => Date.now());
    await limiter.take();
    await limiter.take();

    let resolved = false;
    const waiting = limiter.take().then(() => {
      resolved = true;
    });
    await vi.advanceTimersByTimeAsync(499);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(resolved).toBe(true);
  });
});
