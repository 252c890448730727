import { createHash } from 'node:crypto';
import { MAX_MULTICAST_RECIPIENTS } from '../../../infra/line/request-limits.ts';

/** A batch as the ledger records it: up to 500 people told of the same set of activities. */
export type PlannedBatch = { segment: string; batch: number; activityIds: string[]; recipients: string[]; officers: number };

/** People told of the same activities share a segment, named by a hash of the set: stable across runs. */
export function segmentOf(activityIds: readonly string[]): string {
  return `s-${createHash('sha1').update([...activityIds].sort().join(',')).digest('hex').slice(0, 12)}`;
}

/**
 * Groups recipients by the set of activities they are to be told of and hands each group on in
 * batches of at most 500, numbered per segment, as soon as one is full: memory holds one open
 * batch per segment, never the recipient list.
 */
export function createBatcher(sink: (batch: PlannedBatch) => Promise<void>, size = MAX_MULTICAST_RECIPIENTS) {
  const open = new Map<string, { activityIds: string[]; recipients: string[]; officers: number; next: number }>();
  const totals = { recipients: 0, officers: 0, batches: 0 };
  const flush = async (segment: string) => {
    const group = open.get(segment);
    if (!group || group.recipients.length === 0) return;
    const batch = { segment, batch: group.next, activityIds: group.activityIds, recipients: group.recipients, officers: group.officers };
    group.next += 1;
    group.recipients = [];
    group.officers = 0;
    totals.batches += 1;
    await sink(batch);
  };
  return {
    /** `segment`: given when known (a reminder of one activity, a set worked out before); else named by the set. */
    async add(activityIds: string[], lineUserId: string, isOfficer: boolean, segment = segmentOf(activityIds)): Promise<void> {
      let group = open.get(segment);
      if (!group) {
        group = { activityIds: [...activityIds].sort(), recipients: [], officers: 0, next: 0 };
        open.set(segment, group);
      }
      group.recipients.push(lineUserId);
      if (isOfficer) group.officers += 1;
      totals.recipients += 1;
      if (isOfficer) totals.officers += 1;
      if (group.recipients.length >= size) await flush(segment);
    },
    async finish(): Promise<{ segments: number; recipients: number; officers: number; batches: number }> {
      for (const segment of open.keys()) await flush(segment);
      return { segments: open.size, ...totals };
    },
  };
}
