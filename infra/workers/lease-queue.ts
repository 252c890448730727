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
  /** Further conditions an item must meet to be taken first (the inbox: not merely given back to wait for an earlier event). */
  preferOnly?: Record<string, unknown>;
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
 * these conditional updates; nothing is held in memory. A claim takes a batch in a few round
 * trips (find the due items, conditionally lease them to a fresh token), so a busy worker pays
 * per batch, not per item; two instances racing for the same items each get only those their own
 * conditional update changed (then what this token won is read back).
 */
export function createLeaseQueue<Doc extends Leasable & { _id: unknown }>(
  // any: each collection's schema type differs; the queries below touch only the Leasable fields.
  model: Model<any>,
  workingStatus: string,
  /** Date fields the first claim sets to its time and later claims leave alone (the outbox's first attempt). */
  stampOnFirstClaim: readonly string[] = [],
): LeaseQueue<Doc> {
  const leased = (item: Doc) => ({ _id: item._id, leaseOwner: item.leaseOwner ?? '', status: workingStatus });
  const releaseLease = { leaseOwner: 1, leaseUntil: 1 } as const;
  let lastExpiredScan = 0;
  const candidates = async (filter: object, limit: number, sort: Record<string, 1>) =>
    limit <= 0 ? [] : ((await model.find(filter).sort(sort).limit(limit).lean()) as Doc[]);

  const findDue = async ({ max, now = new Date(), preferDueSince, preferOnly = {} }: ClaimOptions) => {
    const ids: Doc[] = [];
    const byDue = { nextAttemptAt: 1 } as const;
    if (preferDueSince) {
      const recent = { status: 'pending', nextAttemptAt: { $gte: preferDueSince, $lte: now } };
      ids.push(...(await candidates({ ...recent, ...preferOnly }, max, byDue)));
      const overdue = { status: 'pending', nextAttemptAt: { $lt: preferDueSince } };
      // Each branch walks its own stretch of the {status, nextAttemptAt} index.
      const rest = Object.keys(preferOnly).length === 0 ? overdue : { $or: [overdue, { ...recent, $nor: [preferOnly] }] };
      ids.push(...(await candidates(rest, max - ids.length, byDue)));
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
      const found = await findDue({ ...options, now });
      if (found.length === 0) return [];
      const ids = found.map((item) => item._id);
      const lease = { status: workingStatus, leaseOwner: `${options.owner}/${randomUUID().slice(0, 8)}`, leaseUntil: new Date(now.getTime() + options.leaseMs) };
      const result = await model.updateMany(
        {
          _id: { $in: ids },
          $or: [{ status: 'pending', nextAttemptAt: { $lte: now } }, { status: workingStatus, leaseUntil: { $lt: now } }],
        },
        { $set: lease, $inc: { attempts: 1 }, ...(stampOnFirstClaim.length > 0 ? { $min: Object.fromEntries(stampOnFirstClaim.map((field) => [field, now])) } : {}) },
      );
      // Usually this claim won every item it found; only when another instance took some meanwhile is it read back.
      if (result.modifiedCount === found.length) {
        return found.map((item) => {
          const fields = item as Record<string, unknown>;
          for (const field of stampOnFirstClaim) fields[field] ??= now;
          return Object.assign(item, lease, { attempts: ((fields.attempts as number | undefined) ?? 0) + 1 });
        });
      }
      return (await model.find({ _id: { $in: ids }, leaseOwner: lease.leaseOwner }).sort({ nextAttemptAt: 1 }).lean()) as Doc[];
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
