import { OutboxMessageModel } from '../../models/outbox-message.ts';

export type ClaimedOutboxEntry = NonNullable<Awaited<ReturnType<typeof claimOutboxEntry>>>;

/** Takes the oldest due entry, or one whose sender died holding its lease. */
export async function claimOutboxEntry(owner: string, leaseMs: number, now = new Date()) {
  return OutboxMessageModel.findOneAndUpdate(
    {
      $or: [
        { status: 'pending', nextAttemptAt: { $lte: now } },
        { status: 'sending', leaseUntil: { $lt: now } },
      ],
    },
    {
      $set: { status: 'sending', leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs) },
      $inc: { attempts: 1 },
    },
    { sort: { nextAttemptAt: 1 }, returnDocument: 'after' },
  ).lean();
}

/** Every update is conditional on still holding the lease, so a late finisher cannot overwrite a new owner. */
function leased(entry: ClaimedOutboxEntry) {
  return { _id: entry._id, leaseOwner: entry.leaseOwner ?? '', status: 'sending' as const };
}

const releaseLease = { leaseOwner: 1, leaseUntil: 1 } as const;

export async function markOutboxSent(
  entry: ClaimedOutboxEntry,
  details: { sentAs: string; lineRequestId: string | undefined; note?: string },
): Promise<void> {
  await OutboxMessageModel.updateOne(leased(entry), {
    $set: { status: 'sent', sentAt: new Date(), sentAs: details.sentAs, lineRequestId: details.lineRequestId, lastError: details.note },
    $unset: releaseLease,
  });
}

export async function scheduleOutboxRetry(
  entry: ClaimedOutboxEntry,
  delayMs: number,
  lastError: string,
  changes: { kind?: 'push' } = {},
): Promise<void> {
  await OutboxMessageModel.updateOne(leased(entry), {
    $set: { status: 'pending', nextAttemptAt: new Date(Date.now() + delayMs), lastError, ...changes },
    $unset: releaseLease,
  });
}

export async function markOutboxDead(entry: ClaimedOutboxEntry, reason: string): Promise<void> {
  await OutboxMessageModel.updateOne(leased(entry), {
    $set: { status: 'dead', lastError: reason },
    $unset: releaseLease,
  });
}
