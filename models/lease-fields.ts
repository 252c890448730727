/**
 * Fields of a collection worked through by lease-claiming workers (infra/workers/lease-queue.ts):
 * who holds an item, until when, when it is next due, and what went wrong last time.
 * Spread into a schema together with that collection's own `status` enum.
 */
export function leaseFields<Status extends string>(statuses: readonly Status[]) {
  return {
    status: { type: String, enum: statuses, default: 'pending', required: true },
    attempts: { type: Number, default: 0 },
    nextAttemptAt: { type: Date, default: () => new Date() },
    leaseOwner: { type: String },
    leaseUntil: { type: Date },
    lastError: { type: String },
  } as const;
}
