import { randomUUID } from 'node:crypto';
import type { Model } from 'mongoose';

/** The fields every leased collection (inbox, outbox) shares. */
type Leasable = { status: string; leaseOwner?: string | null };

export type ClaimOptions = {
  owner: string;
  max: number;
  leaseMs: number;
  now?: Date;
  /**
   * Items that became due at or after this moment are taken first (oldest of them first), the
   * longer-overdue ones after: the inbox uses it to answer while reply tokens are still fresh.
   */
  preferDueSince?: Date;
};

export type LeaseQueue<Doc> = {
  /** Up to `max` due items (or items whose worker died holding the lease), leased to one claim token. */
  claim(options: ClaimOptions): Promise<Doc[]>;
  /** Ends the lease with a new status; conditional on still holding it, so a late finisher cannot overwrite a new owner. */
  release(item: Doc, status: string, set?: Record<string, unknown>, unset?: Record<string, 1>): Promise<void>;
  /** Back to pending, due after `delayMs`. */
  retryLater(item: Doc, delayMs: number, lastError: string, set?: Record<string, unknown>, now?: number): Promise<void>;
  /** Gives claimed items back untouched, without counting the claim as an attempt. */
  postpone(items: Doc[], delayMs: number, set?: Record<string, unknown>, now?: number): Promise<void>;
};

/** How often a claim also looks for leases left behind by a dead worker (they are rare; the look costs a query). */
const EXPIRED_LEASE_SCAN_MS = 1_000;

/**
 * Lease-based work claiming over a MongoDB collection. All coordination between instances is in
 * these conditional updates; nothing is held in memory. A claim takes a batch in four round
 * trips (find candidates, conditionally lease them to a fresh token, read back what this token
 * won), so a busy worker pays per batch, not per item; two instances racing for the same items
 * each get only those their own conditional update changed.
 */
export function createLeaseQueue<Doc extends Leasable & { _id: unknown }>(
  // any: each collection's schema type differs; the queries below touch only the Leasable fields.
  model: Model<any>,
  workingStatus: string,
): LeaseQueue<Doc> {
  const leased = (item: Doc) => ({ _id: item._id, leaseOwner: item.leaseOwner ?? '', status: workingStatus });
  const releaseLease = { leaseOwner: 1, leaseUntil: 1 } as const;
  let lastExpiredScan = 0;
  const candidates = async (filter: object, limit: number, sort: Record<string, 1>) =>
    limit <= 0 ? [] : (await model.find(filter, { _id: 1 }).sort(sort).limit(limit).lean()).map((row) => row._id as unknown);

  const findDue = async ({ max, now = new Date(), preferDueSince }: ClaimOptions) => {
    const ids: unknown[] = [];
    const byDue = { nextAttemptAt: 1 } as const;
    if (preferDueSince) {
      ids.push(...(await candidates({ status: 'pending', nextAttemptAt: { $gte: preferDueSince, $lte: now } }, max, byDue)));
      ids.push(...(await candidates({ status: 'pending', nextAttemptAt: { $lt: preferDueSince } }, max - ids.length, byDue)));
    } else {
      ids.push(...(await candidates({ status: 'pending', nextAttemptAt: { $lte: now } }, max, byDue)));
    }
    if (now.getTime() - lastExpiredScan >= EXPIRED_LEASE_SCAN_MS) {
      lastExpiredScan = now.getTime();
      ids.push(...(await candidates({ status: workingStatus, leaseUntil: { $lt: now } }, max - ids.length, byDue)));
    }
    return ids;
  };

  const release: LeaseQueue<Doc>['release'] = async (item, status, set = {}, unset = {}) => {
    await model.updateOne(leased(item), { $set: { status, ...set }, $unset: { ...releaseLease, ...unset } });
  };
  return {
    async claim(options) {
      const now = options.now ?? new Date();
      const ids = await findDue({ ...options, now });
      if (ids.length === 0) return [];
      const token = `${options.owner}/${randomUUID().slice(0, 8)}`;
      await model.updateMany(
        {
          _id: { $in: ids },
          $or: [{ status: 'pending', nextAttemptAt: { $lte: now } }, { status: workingStatus, leaseUntil: { $lt: now } }],
        },
        { $set: { status: workingStatus, leaseOwner: token, leaseUntil: new Date(now.getTime() + options.leaseMs) }, $inc: { attempts: 1 } },
      );
      return (await model.find({ _id: { $in: ids }, leaseOwner: token }).sort({ nextAttemptAt: 1 }).lean()) as Doc[];
    },
    release,
    retryLater: (item, delayMs, lastError, set = {}, now = Date.now()) =>
      release(item, 'pending', { nextAttemptAt: new Date(now + delayMs), lastError, ...set }),
    async postpone(items, delayMs, set = {}, now = Date.now()) {
      if (items.length === 0) return;
      await model.updateMany(
        { _id: { $in: items.map((item) => item._id) }, leaseOwner: items[0]!.leaseOwner ?? '', status: workingStatus },
        { $set: { status: 'pending', nextAttemptAt: new Date(now + delayMs), ...set }, $unset: releaseLease, $inc: { attempts: -1 } },
      );
    },
  };
}
