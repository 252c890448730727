import { describe, expect, it } from 'vitest';
import { Types } from 'mongoose';
import { planRedrive } from '../../infra/outbox/redrive.ts';
import type { ClaimedOutboxEntry } from '../../infra/outbox/outbox-claims.ts';

const HOUR = 3_600_000;
const now = new Date('2026-03-01T12:00:00Z');
const options = { retryKeyUsableMs: 23 * HOUR, now };

function dead(overrides: Partial<ClaimedOutboxEntry>): ClaimedOutboxEntry {
  return { _id: new Types.ObjectId(), kind: 'push', status: 'dead', firstAttemptAt: new Date(now.getTime() - HOUR), lastError: 'gave up after 70 attempts: 503', ...overrides } as ClaimedOutboxEntry;
}

describe('planRedrive', () => {
  it('when the retry key is still honoured, then the entry goes again with the same key, even if an attempt had no answer', () => {
    expect(planRedrive(dead({ outcomeUnknown: true }), options)).toEqual({ action: 'requeue', newRetryKey: false, asPush: false });
  });

  it('when the key has expired and every attempt got a definite no, then a new key is safe', () => {
    const entry = dead({ firstAttemptAt: new Date(now.getTime() - 30 * HOUR), lastError: 'monthly message quota reached' });
    expect(planRedrive(entry, options)).toEqual({ action: 'requeue', newRetryKey: true, asPush: false });
  });

  it('when the key has expired and LINE may have delivered it, then it is skipped unless asked', () => {
    const entry = dead({ firstAttemptAt: new Date(now.getTime() - 30 * HOUR), outcomeUnknown: true });
    expect(planRedrive(entry, options)).toEqual({ action: 'skip', reason: 'outcome-unknown' });
    expect(planRedrive(entry, { ...options, includeUncertain: true })).toEqual({ action: 'requeue', newRetryKey: true, asPush: false });
  });

  it('when a reply died, then it goes by push, unless a reply attempt may have reached the user', () => {
    expect(planRedrive(dead({ kind: 'reply' }), options)).toEqual({ action: 'requeue', newRetryKey: false, asPush: true });
    expect(planRedrive(dead({ kind: 'reply', outcomeUnknown: true }), options)).toEqual({ action: 'skip', reason: 'outcome-unknown' });
  });

  it('when LINE refused the request as invalid, then re-sending cannot help and it is skipped', () => {
    expect(planRedrive(dead({ lastError: 'LINE answered 400: {"message":"bad"}' }), options)).toEqual({ action: 'skip', reason: 'refused-by-line' });
    expect(planRedrive(dead({ lastError: 'LINE answered 429: slow down' }), options).action).toBe('requeue');
  });
});
