import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../infra/outbox/circuit-breaker.ts';

function breakerAt(start = 0) {
  const clock = { now: start };
  return { clock, breaker: new CircuitBreaker({ failureThreshold: 3, openMs: 1_000, maxOpenMs: 4_000 }, () => clock.now) };
}

describe('CircuitBreaker', () => {
  it('when LINE fails fewer times than the threshold, then sending goes on', () => {
    const { breaker } = breakerAt();
    breaker.recordFailure();
    breaker.recordFailure();
    expect(breaker.holdOffMs()).toBe(0);
    expect(breaker.admit(10)).toBe(10);
  });

  it('when the threshold is reached, then nothing is sent until the open period ends, then one probe goes', () => {
    const { breaker, clock } = breakerAt();
    for (let i = 0; i < 3; i++) breaker.recordFailure();
    expect(breaker.admit(10)).toBe(0);
    expect(breaker.holdOffMs()).toBe(1_000);
    clock.now = 1_000;
    expect(breaker.admit(10)).toBe(1);
    expect(breaker.admit(10)).toBe(0);
  });

  it('when the probe fails, then the breaker stays open twice as long, up to the maximum', () => {
    const { breaker, clock } = breakerAt();
    for (let i = 0; i < 3; i++) breaker.recordFailure();
    const waits: number[] = [];
    for (let round = 0; round < 4; round++) {
      clock.now += breaker.holdOffMs();
      expect(breaker.admit(1)).toBe(1);
      breaker.recordFailure();
      waits.push(breaker.holdOffMs());
    }
    expect(waits).toEqual([2_000, 4_000, 4_000, 4_000]);
  });

  it('when sends claimed before the opening fail too, then only the probe extends the wait', () => {
    const { breaker } = breakerAt();
    for (let i = 0; i < 10; i++) breaker.recordFailure();
    expect(breaker.holdOffMs()).toBe(1_000);
  });

  it('when the probe succeeds, then it reports that LINE is back and sending resumes fully', () => {
    const { breaker, clock } = breakerAt();
    for (let i = 0; i < 3; i++) breaker.recordFailure();
    clock.now = 1_000;
    breaker.admit(1);
    expect(breaker.recordSuccess()).toBe(true);
    expect(breaker.admit(10)).toBe(10);
    expect(breaker.recordSuccess()).toBe(false);
  });

  it('when the probe slot was taken but nothing was sent, then the next probe may go', () => {
    const { breaker, clock } = breakerAt();
    for (let i = 0; i < 3; i++) breaker.recordFailure();
    clock.now = 1_000;
    expect(breaker.admit(1)).toBe(1);
    breaker.recordNeutral();
    expect(breaker.admit(1)).toBe(1);
  });
});
