import type { Types } from 'mongoose';
import { InboxEventModel, type InboxEvent } from '../../models/inbox-event.ts';
import { createLeaseQueue } from '../../infra/workers/lease-queue.ts';
import { createBulkWriter } from '../../infra/workers/bulk-writer.ts';

export type ClaimedInboxEvent = InboxEvent & { _id: Types.ObjectId; createdAt: Date };

/** One person's claimed events in the order they acted; a chain is processed one event at a time. */
export type UserChain = { lineUserId: string | undefined; events: ClaimedInboxEvent[] };

/** Fallback wait for an event behind an earlier one of the same user; normally it is released sooner. */
const SAME_USER_WAIT_MS = 2_000;

const queue = createLeaseQueue<ClaimedInboxEvent>(InboxEventModel, 'processing');
const writes = createBulkWriter(() => InboxEventModel.collection);

export type InboxClaimOptions = { owner: string; max: number; leaseMs: number; freshSince: Date; now?: Date };

/**
 * Claims a batch, fresh events first (a new event is due at its LINE timestamp, see
 * inbox-store.ts, so "became due recently" means "its reply token is still young"), and groups
 * it per person. LINE may deliver a user's messages at once or out of order and several
 * instances claim in parallel; answering the second message before the first would scramble the
 * conversation, so an event with an earlier unfinished event of the same person outside this
 * batch is given back until that one finishes.
 */
export async function claimInboxChains(options: InboxClaimOptions): Promise<UserChain[]> {
  // An event given back to wait for an earlier one became due again recently, but its reply token is no younger for that.
  const claimed = await queue.claim({ ...options, preferDueSince: options.freshSince, preferOnly: { waitingForEarlier: { $exists: false } } });
  if (claimed.length === 0) return [];
  const chains = groupByUser(claimed);
  const blocked = await eventsBehindOthers(chains, claimed);
  if (blocked.size > 0) await queue.postpone([...blocked], SAME_USER_WAIT_MS, { waitingForEarlier: true });
  return chains.map((chain) => ({ ...chain, events: chain.events.filter((event) => !blocked.has(event)) })).filter((chain) => chain.events.length > 0);
}

function groupByUser(events: ClaimedInboxEvent[]): UserChain[] {
  const byUser = new Map<string, UserChain>();
  const chains: UserChain[] = [];
  for (const event of events) {
    const key = event.lineUserId ?? undefined;
    const existing = key === undefined ? undefined : byUser.get(key);
    if (existing) {
      existing.events.push(event);
      continue;
    }
    const chain = { lineUserId: key, events: [event] };
    chains.push(chain);
    if (key !== undefined) byUser.set(key, chain);
  }
  for (const chain of chains) chain.events.sort(actedBefore);
  return chains;
}

/** Events in the chains that some unfinished event of the same person, claimed elsewhere or not yet, comes before. */
async function eventsBehindOthers(chains: UserChain[], claimed: ClaimedInboxEvent[]): Promise<Set<ClaimedInboxEvent>> {
  const users = chains.flatMap((chain) => (chain.lineUserId === undefined ? [] : [chain.lineUserId]));
  const blocked = new Set<ClaimedInboxEvent>();
  if (users.length === 0) return blocked;
  // An exact {lineUserId, status} index lookup: only the few unfinished events a person has are read, never their history.
  const claimedIds = new Set(claimed.map((event) => String(event._id)));
  const unfinished = await InboxEventModel.find({ lineUserId: { $in: users }, status: { $in: ['pending', 'processing'] } }, { lineUserId: 1, eventTimestamp: 1 }).lean();
  const others = unfinished.filter((other) => !claimedIds.has(String(other._id)));
  for (const chain of chains) {
    const earliestOther = others.filter((other) => other.lineUserId === chain.lineUserId).sort(actedBefore)[0];
    if (!earliestOther) continue;
    for (const event of chain.events) if (actedBefore(earliestOther, event) < 0) blocked.add(event);
  }
  return blocked;
}

/** Events in one webhook can share a millisecond; then storage order (the ObjectId) decides. */
function actedBefore(a: { eventTimestamp: Date; _id: Types.ObjectId }, b: { eventTimestamp: Date; _id: Types.ObjectId }): number {
  return a.eventTimestamp.getTime() - b.eventTimestamp.getTime() || String(a._id).localeCompare(String(b._id));
}

const leased = (event: ClaimedInboxEvent) => ({ _id: event._id, leaseOwner: event.leaseOwner ?? '', status: 'processing' });
const unsetLease = { leaseOwner: '', leaseUntil: '' };

/** Finished either way: the TTL index removes it after `retentionMs`. Group-committed with the other finishers. */
export async function finishInboxEvent(event: ClaimedInboxEvent, outcome: { status: 'done' | 'dead'; retentionMs: number; lastError?: string }): Promise<void> {
  const now = new Date();
  const set = { status: outcome.status, processedAt: now, updatedAt: now, expireAt: new Date(now.getTime() + outcome.retentionMs) };
  await writes.write({
    updateOne: {
      filter: leased(event),
      update: outcome.lastError === undefined ? { $set: set, $unset: { ...unsetLease, lastError: '' } } : { $set: { ...set, lastError: outcome.lastError }, $unset: unsetLease },
    },
  });
}

/** The person's events that were given back to wait for this chain become due at once. */
export async function releaseWaitingEvents(lineUserId: string | undefined): Promise<void> {
  if (lineUserId === undefined) return;
  await writes.write({
    updateMany: {
      filter: { lineUserId, status: 'pending', waitingForEarlier: true },
      update: { $set: { nextAttemptAt: new Date() }, $unset: { waitingForEarlier: '' } },
    },
  });
}

export async function scheduleInboxRetry(event: ClaimedInboxEvent, delayMs: number, lastError: string): Promise<void> {
  await queue.retryLater(event, delayMs, lastError);
}

/** Later events of the person wait while an earlier one waits for its retry. */
export async function holdBehindRetry(events: ClaimedInboxEvent[], delayMs: number): Promise<void> {
  await queue.postpone(events, delayMs, { waitingForEarlier: true });
}
