import type { messagingApi } from '@line/bot-sdk';
import type { Logger } from '../logger.ts';
import type { LineClients } from '../line/line-clients.ts';
import type { OutboxKind } from '../../models/outbox-message.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { decideAfterFailure } from './retry-policy.ts';
import { toSendFailure } from './send-failure.ts';
import { sendToLine } from './send-to-line.ts';
import {
  markOutboxDead,
  markOutboxSent,
  scheduleOutboxRetry,
  type ClaimedOutboxEntry,
} from './outbox-claims.ts';

export type DeliveryDeps = {
  clients: LineClients;
  limiters: Record<OutboxKind, RateLimiter>;
  maxAttempts: number;
  sendTimeoutMs: number;
  logger: Logger;
  now?: () => number;
};

/** Sends one claimed outbox entry and records the outcome; never throws for a LINE error. */
export async function deliverOutboxEntry(deps: DeliveryDeps, entry: ClaimedOutboxEntry): Promise<void> {
  const now = deps.now?.() ?? Date.now();
  const kind = effectiveKind(entry, now);
  const log = deps.logger.child({ outboxId: String(entry._id), kind, attempt: entry.attempts });
  await deps.limiters[kind].take();
  try {
    const result = await sendToLine(
      deps.clients,
      {
        kind,
        replyToken: entry.replyToken ?? undefined,
        to: entry.to,
        messages: entry.messages as messagingApi.Message[],
        retryKey: entry.retryKey,
      },
      deps.sendTimeoutMs,
    );
    await markOutboxSent(entry, { sentAs: kind, lineRequestId: result.lineRequestId });
    log.debug({ lineRequestId: result.lineRequestId }, 'outbox entry sent');
  } catch (error) {
    await handleFailure(deps, entry, kind, error, log);
  }
}

/** A reply token past its freshness window is useless; the same messages go by push. */
function effectiveKind(entry: ClaimedOutboxEntry, now: number): OutboxKind {
  if (entry.kind !== 'reply') return entry.kind;
  const expiresAt = entry.replyTokenExpiresAt?.getTime() ?? 0;
  return now < expiresAt ? 'reply' : 'push';
}

async function handleFailure(
  deps: DeliveryDeps,
  entry: ClaimedOutboxEntry,
  kind: OutboxKind,
  error: unknown,
  log: Logger,
): Promise<void> {
  const failure = toSendFailure(error);
  const decision = decideAfterFailure({
    kind,
    failure,
    attempts: entry.attempts,
    maxAttempts: deps.maxAttempts,
    replyOutcomeUnknown: kind === 'reply' && entry.attempts > 1,
  });
  const summary = `${failure.status ?? 'no response'}: ${failure.body.slice(0, 500)}`;
  log.warn({ status: failure.status, lineRequestId: failure.lineRequestId, decision: decision.action }, 'LINE send failed');
  switch (decision.action) {
    case 'sent':
      await markOutboxSent(entry, { sentAs: kind, lineRequestId: failure.acceptedRequestId, note: decision.note });
      return;
    case 'switch-to-push':
      await scheduleOutboxRetry(entry, 0, summary, { kind: 'push' });
      return;
    case 'retry':
      await scheduleOutboxRetry(entry, decision.delayMs, summary, kind === 'push' ? { kind: 'push' } : {});
      return;
    case 'dead':
      log.error({ lineErrorBody: failure.body.slice(0, 2000) }, 'outbox entry dead-lettered');
      await markOutboxDead(entry, decision.reason);
  }
}
