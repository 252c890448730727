import { InboxEventModel } from '../../models/inbox-event.ts';

export type ClaimedInboxEvent = NonNullable<Awaited<ReturnType<typeof claimInboxEvent>>>;

/**
 * The event due first, or one whose worker died holding it. A new event is due at its LINE
 * timestamp (see inbox-store.ts), so this takes the oldest event first even when LINE delivers
 * out of order; sorting on nextAttemptAt lets the {status, nextAttemptAt} index serve the claim
 * without reading the whole backlog.
 */
export async function claimInboxEvent(owner: string, leaseMs: number, now = new Date()) {
  return InboxEventModel.findOneAndUpdate(
    {
      $or: [
        { status: 'pending', nextAttemptAt: { $lte: now } },
        { status: 'processing', leaseUntil: { $lt: now } },
      ],
    },
    {
      $set: { status: 'processing', leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs) },
      $inc: { attempts: 1 },
    },
    { sort: { nextAttemptAt: 1 }, returnDocument: 'after' },
  ).lean();
}

function leased(event: ClaimedInboxEvent) {
  return { _id: event._id, leaseOwner: event.leaseOwner ?? '', status: 'processing' as const };
}

const releaseLease = { leaseOwner: 1, leaseUntil: 1 } as const;

export async function markInboxDone(event: ClaimedInboxEvent, retentionMs: number): Promise<void> {
  const now = Date.now();
  await InboxEventModel.updateOne(leased(event), {
    $set: { status: 'done', processedAt: new Date(now), expireAt: new Date(now + retentionMs) },
    $unset: { ...releaseLease, lastError: 1 },
  });
}

export async function scheduleInboxRetry(event: ClaimedInboxEvent, delayMs: number, lastError: string): Promise<void> {
  await InboxEventModel.updateOne(leased(event), {
    $set: { status: 'pending', nextAttemptAt: new Date(Date.now() + delayMs), lastError },
    $unset: releaseLease,
  });
}

/** Dead letters keep no expiry: someone has to look at them. */
export async function markInboxDead(event: ClaimedInboxEvent, lastError: string): Promise<void> {
  await InboxEventModel.updateOne(leased(event), {
    $set: { status: 'dead', lastError },
    $unset: releaseLease,
  });
}
