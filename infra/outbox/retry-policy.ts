import type { OutboxKind } from '../../models/outbox-message.ts';
import type { SendFailure } from './send-failure.ts';
import { backoffDelayMs, type BackoffLimits } from '../workers/backoff.ts';

export type RetryDecision =
  | { action: 'sent'; note: string }
  | { action: 'retry'; delayMs: number }
  | { action: 'switch-to-push' }
  | { action: 'dead'; reason: string };

export type RetryContext = {
  kind: OutboxKind;
  failure: SendFailure;
  /** Attempts made so far, including the one that just failed. */
  attempts: number;
  /** No retry is scheduled past this moment (ms): the retry window ends, or the retry key's 24 h would. */
  giveUpAt: number;
  now: number;
  backoff?: BackoffLimits;
  /** A reply whose earlier attempt had no clear answer may already have used its token. */
  replyOutcomeUnknown: boolean;
  random?: () => number;
};

const MONTHLY_LIMIT = 'You have reached your monthly limit';

/**
 * Decides what to do after a failed Messaging API call. LINE's rules: retry 5xx and timeouts
 * with the same X-Line-Retry-Key; 409 means an earlier attempt was accepted; other 4xx will
 * fail the same way again. A reply token that is no longer valid can still reach the user by push.
 * Retries go on with backoff until `giveUpAt`: hours for an outage, never past the retry key's life.
 */
export function decideAfterFailure(context: RetryContext): RetryDecision {
  const { failure, kind } = context;
  const status = failure.status;
  if (status === 409 && failure.acceptedRequestId) {
    return { action: 'sent', note: `already accepted as ${failure.acceptedRequestId}` };
  }
  if (kind === 'reply' && status === 400 && /invalid reply token/i.test(failure.body)) {
    if (context.replyOutcomeUnknown) {
      return { action: 'sent', note: 'reply token used by an earlier attempt whose answer was lost' };
    }
    return { action: 'switch-to-push' };
  }
  if (status === 429 && failure.body.includes(MONTHLY_LIMIT)) {
    return { action: 'dead', reason: 'monthly message quota reached' };
  }
  const retryable = status === undefined || status === 429 || status >= 500;
  if (!retryable) return { action: 'dead', reason: `LINE answered ${status}: ${failure.body}` };
  const backoff = backoffDelayMs(context.attempts, context.random, context.backoff);
  const retryAfterMs = (failure.retryAfterSeconds ?? 0) * 1000;
  const delayMs = Math.max(backoff, retryAfterMs);
  if (context.now + delayMs > context.giveUpAt) {
    return { action: 'dead', reason: `gave up after ${context.attempts} attempts: ${failure.body.slice(0, 500)}` };
  }
  return { action: 'retry', delayMs };
}
