import type { Model } from 'mongoose';

/** The fields every leased collection (inbox, outbox) shares. */
type Leasable = { status: string; leaseOwner?: string | null };

export type LeaseQueue<Doc> = {
  /** The item due first, or one whose worker died holding its lease; served by the {status, nextAttemptAt} index. */
  claim(owner: string, leaseMs: number, now?: Date): Promise<Doc | null>;
  /** Ends the lease with a new status; conditional on still holding it, so a late finisher cannot overwrite a new owner. */
  release(item: Doc, status: string, set?: Record<string, unknown>, unset?: Record<string, 1>): Promise<void>;
  /** Back to pending, due after `delayMs`. */
  retryLater(item: Doc, delayMs: number, lastError: string, set?: Record<string, unknown>): Promise<void>;
  /** Gives a claimed item back untouched, without counting the claim as an attempt. */
  postpone(item: Doc, delayMs: number, set?: Record<string, unknown>): Promise<void>;
};

/**
 * Lease-based work claiming over a MongoDB collection. All coordination between instances is in
 * these atomic updates; nothing is held in memory.
 */
export function createLeaseQueue<Doc extends Leasable & { _id: unknown }>(
  // any: each collection's schema type differs; the queries below touch only the Leasable fields.
  model: Model<any>,
  workingStatus: string,
): LeaseQueue<Doc> {
  const leased = (item: Doc) => ({ _id: item._id, leaseOwner: item.leaseOwner ?? '', status: workingStatus });
  const releaseLease = { leaseOwner: 1, leaseUntil: 1 } as const;
  const release: LeaseQueue<Doc>['release'] = async (item, status, set = {}, unset = {}) => {
    await model.updateOne(leased(item), { $set: { status, ...set }, $unset: { ...releaseLease, ...unset } });
  };
  return {
    async claim(owner, leaseMs, now = new Date()) {
      const claimed = await model
        .findOneAndUpdate(
          {
            $or: [
              { status: 'pending', nextAttemptAt: { $lte: now } },
              { status: workingStatus, leaseUntil: { $lt: now } },
            ],
          },
          {
            $set: { status: workingStatus, leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs) },
            $inc: { attempts: 1 },
          },
          { sort: { nextAttemptAt: 1 }, returnDocument: 'after' },
        )
        .lean();
      return claimed as Doc | null;
    },
    release,
    retryLater: (item, delayMs, lastError, set = {}) =>
      release(item, 'pending', { nextAttemptAt: new Date(Date.now() + delayMs), lastError, ...set }),
    async postpone(item, delayMs, set = {}) {
      await model.updateOne(leased(item), {
        $set: { status: 'pending', nextAttemptAt: new Date(Date.now() + delayMs), ...set },
        $unset: releaseLease,
        $inc: { attempts: -1 },
      });
    },
  };
}
