import { randomUUID } from 'node:crypto';
import { OutboxMessageModel } from '../../models/outbox-message.ts';
import type { ClaimedOutboxEntry } from './outbox-claims.ts';

export type RedrivePlan =
  | { action: 'requeue'; newRetryKey: boolean; asPush: boolean }
  | { action: 'skip'; reason: 'refused-by-line' | 'outcome-unknown' };

export type RedriveOptions = {
  /** How long LINE still honours a retry key after its first attempt (it keeps them 24 h). */
  retryKeyUsableMs: number;
  /** Re-send even entries that LINE may already have delivered (an attempt got no definite answer). */
  includeUncertain?: boolean;
  dryRun?: boolean;
  now?: Date;
};

export type RedriveReport = { dead: number; requeued: number; newRetryKeys: number; repliesAsPush: number; skipped: Record<string, number> };

/**
 * What re-sending a dead entry safely takes:
 * - LINE refused it as invalid (a 4xx other than 429): it would fail the same way again; skipped.
 * - A push or multicast whose retry key LINE still honours goes again with the same key: if an
 *   earlier attempt was in fact delivered, LINE answers 409 and nothing is sent twice.
 * - Once the key has expired (24 h) LINE can no longer tell; a new key is safe only if every
 *   earlier attempt got a definite "no". If one got no answer, it is skipped unless asked.
 * - A reply's token died long ago, so it goes by push; a reply attempt that got no answer may
 *   have been delivered and a reply cannot be checked, so that one is skipped unless asked.
 */
export function planRedrive(entry: ClaimedOutboxEntry, options: RedriveOptions): RedrivePlan {
  if (/^LINE answered 4(?!29)/.test(entry.lastError ?? '')) return { action: 'skip', reason: 'refused-by-line' };
  const uncertain = entry.outcomeUnknown === true && !options.includeUncertain;
  if (entry.kind === 'reply') return uncertain ? { action: 'skip', reason: 'outcome-unknown' } : { action: 'requeue', newRetryKey: false, asPush: true };
  const now = (options.now ?? new Date()).getTime();
  const keyStillHonoured = !entry.firstAttemptAt || now - entry.firstAttemptAt.getTime() < options.retryKeyUsableMs;
  if (keyStillHonoured) return { action: 'requeue', newRetryKey: false, asPush: false };
  return uncertain ? { action: 'skip', reason: 'outcome-unknown' } : { action: 'requeue', newRetryKey: true, asPush: false };
}

/** Puts dead entries back in the queue (the running sender delivers them); conditional, so two runs requeue once. */
export async function redriveDeadEntries(options: RedriveOptions): Promise<RedriveReport> {
  const now = options.now ?? new Date();
  const report: RedriveReport = { dead: 0, requeued: 0, newRetryKeys: 0, repliesAsPush: 0, skipped: {} };
  for await (const entry of OutboxMessageModel.find({ status: 'dead' }).lean().cursor()) {
    report.dead += 1;
    const plan = planRedrive(entry as ClaimedOutboxEntry, { ...options, now });
    if (plan.action === 'skip') {
      report.skipped[plan.reason] = (report.skipped[plan.reason] ?? 0) + 1;
      continue;
    }
    if (!options.dryRun && !(await requeue(entry as ClaimedOutboxEntry, plan, now))) continue;
    report.requeued += 1;
    if (plan.newRetryKey) report.newRetryKeys += 1;
    if (plan.asPush) report.repliesAsPush += 1;
  }
  return report;
}

async function requeue(entry: ClaimedOutboxEntry, plan: { newRetryKey: boolean; asPush: boolean }, now: Date): Promise<boolean> {
  const keyIsNew = plan.newRetryKey || plan.asPush;
  const result = await OutboxMessageModel.updateOne(
    { _id: entry._id, status: 'dead' },
    {
      $set: {
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        retryingSince: now,
        redriveCount: (entry.redriveCount ?? 0) + 1,
        ...(plan.asPush ? { kind: 'push' } : {}),
        ...(plan.newRetryKey ? { retryKey: randomUUID() } : {}),
      },
      $unset: { expireAt: 1, alertedAt: 1, leaseOwner: 1, leaseUntil: 1, waitingForLine: 1, ...(keyIsNew ? { firstAttemptAt: 1, outcomeUnknown: 1 } : {}) },
    },
  );
  return result.modifiedCount === 1;
}
