/** The account's message quota as LINE reports it: `limit` null means no limit (type "none"). */
export type MessageQuota = { limit: number | null; used: number };

/**
 * How many more messages a fan-out may send: what is left of the month's quota, less a reserve
 * kept for case notifications, less what earlier batches of this run still have queued. Null: no limit,
 * or LINE's figures could not be read (the report says so).
 */
export function budgetLeft(quota: MessageQuota | null, reserve: number, stillQueued: number): number | null {
  if (!quota || quota.limit === null) return null;
  return Math.max(0, quota.limit - quota.used - reserve - stillQueued);
}
