import { lazyChild, type Logger } from '../logger.ts';
import type { LineClients } from '../line/line-clients.ts';
import type { RateLimiter } from './rate-limiter.ts';
import type { CircuitBreaker } from './circuit-breaker.ts';
import type { DeliveryTiming } from './delivery-timing.ts';
import { decideAfterFailure } from './retry-policy.ts';
import { isLineUnavailable, toSendFailure, type SendFailure } from './send-failure.ts';
import { sendToLine } from './send-to-line.ts';
import { messagesJsonOf, type OutboxKind } from '../../models/outbox-message.ts';
import {
  giveBackOutboxEntries,
  markOutboxDead,
  markOutboxSent,
  releaseEntriesWaitingForLine,
  scheduleOutboxRetry,
  type ClaimedOutboxEntry,
  type Retention,
} from './outbox-claims.ts';

export type DeliveryDeps = {
  clients: LineClients;
  limiters: Record<OutboxKind, RateLimiter>;
  breaker: CircuitBreaker;
  timing: DeliveryTiming;
  retention: Retention;
  logger: Logger;
  now?: () => number;
};

/** Sends one claimed outbox entry and records the outcome; never throws for a LINE error. */
export async function deliverOutboxEntry(deps: DeliveryDeps, entry: ClaimedOutboxEntry): Promise<void> {
  await deps.limiters[effectiveKind(deps, entry)].take();
  // The breaker may have opened while this entry waited for the limiter: give it back untried.
  const holdOff = deps.breaker.closedForMs();
  if (holdOff > 0) {
    await giveBackOutboxEntries([entry], holdOff);
    return;
  }
  const kind = effectiveKind(deps, entry);
  const log = lazyChild(deps.logger, { outboxId: String(entry._id), kind, attempt: entry.attempts });
  try {
    const result = await sendToLine(
      deps.clients,
      { kind, replyToken: entry.replyToken ?? undefined, to: entry.to, messagesJson: messagesJsonOf(entry), retryKey: entry.retryKey },
      deps.timing.sendTimeoutMs,
    );
    if (deps.breaker.recordSuccess()) {
      const released = await releaseEntriesWaitingForLine();
      deps.logger.info({ released }, 'LINE answers again: sending what waited out the failure');
    }
    await markOutboxSent(entry, { sentAs: kind, lineRequestId: result.lineRequestId, retention: deps.retention });
    log.debug({ lineRequestId: result.lineRequestId }, 'outbox entry sent');
  } catch (error) {
    await handleFailure(deps, entry, kind, toSendFailure(error), log);
  }
}

/** A reply token past its freshness window is useless; the same messages go by push (with the entry's retry key). */
function effectiveKind(deps: DeliveryDeps, entry: ClaimedOutboxEntry): OutboxKind {
  if (entry.kind !== 'reply') return entry.kind;
  const expiresAt = entry.replyTokenExpiresAt?.getTime() ?? 0;
  return (deps.now?.() ?? Date.now()) < expiresAt ? 'reply' : 'push';
}

/** The retry window, never past the retry key's validity: a retry after that could deliver twice. */
function giveUpAt(deps: DeliveryDeps, entry: ClaimedOutboxEntry): number {
  const since = (entry.retryingSince ?? entry.firstAttemptAt ?? new Date()).getTime();
  const firstAttempt = (entry.firstAttemptAt ?? new Date()).getTime();
  return Math.min(since + deps.timing.retryWindowMs, firstAttempt + deps.timing.retryKeyUsableMs);
}

async function handleFailure(deps: DeliveryDeps, entry: ClaimedOutboxEntry, kind: OutboxKind, failure: SendFailure, log: Logger): Promise<void> {
  const unavailable = isLineUnavailable(failure);
  if (unavailable) deps.breaker.recordFailure();
  else deps.breaker.recordNeutral();
  const decision = decideAfterFailure({
    kind,
    failure,
    attempts: entry.attempts,
    giveUpAt: giveUpAt(deps, entry),
    now: deps.now?.() ?? Date.now(),
    backoff: deps.timing.backoff,
    // An earlier attempt that got no answer, or whose worker died before recording it, may have used the token.
    replyOutcomeUnknown: kind === 'reply' && (entry.outcomeUnknown === true || entry.attempts > 1),
  });
  const summary = `${failure.status ?? 'no response'}: ${failure.body.slice(0, 500)}`;
  log.warn({ status: failure.status, lineRequestId: failure.lineRequestId, decision: decision.action }, 'LINE send failed');
  const changes = { ...(kind === 'push' ? { kind: 'push' as const } : {}), ...(unavailable ? { outcomeUnknown: true, waitingForLine: true } : {}) };
  switch (decision.action) {
    case 'sent':
      await markOutboxSent(entry, { sentAs: kind, lineRequestId: failure.acceptedRequestId, note: decision.note, retention: deps.retention });
      return;
    case 'switch-to-push':
      await scheduleOutboxRetry(entry, 0, summary, { kind: 'push' });
      return;
    case 'retry':
      await scheduleOutboxRetry(entry, decision.delayMs, summary, changes);
      return;
    case 'dead':
      log.error({ lineErrorBody: failure.body.slice(0, 2000) }, 'outbox entry dead-lettered');
      await markOutboxDead(entry, decision.reason, deps.retention);
  }
}
