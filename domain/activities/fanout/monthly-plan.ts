import { SubscriptionModel } from '../../../models/subscription.ts';
import { activeOfficersOf, activeSubscribers } from '../../subscriptions/recipient-stream.ts';
import type { Subscription } from '../../subscriptions/subscription-store.ts';
import { createBatcher, type PlannedBatch } from './batcher.ts';
import type { Tier, createAudienceSets } from './audience-sets.ts';

export type MonthlyPlanSummary = {
  activities: number;
  segments: number;
  recipients: number;
  officers: number;
  subscribers: number;
  batches: number;
  /** People left out because the quota ran short, officers and subscribers. */
  shortfall: { officers: number; subscribers: number };
  budget: number | null;
};

type Sets = ReturnType<typeof createAudienceSets>;

/**
 * Streams subscribers into batches by the set of activities each is told of (one carousel per
 * person, even in several segments). With enough quota, one pass in stable order; short of quota,
 * officers first office by office, then subscribers whose nearest activity is in their
 * sub-district, then their district, then province-wide: the order stated in jobs/README.md.
 */
export async function planMonthly(input: { sets: Sets; budget: number | null; officeCodes: string[]; activities: number }, record: (batch: PlannedBatch) => Promise<void>): Promise<MonthlyPlanSummary> {
  const batcher = createBatcher(record);
  let budget = input.budget;
  const shortfall = { officers: 0, subscribers: 0 };
  const admit = async (sub: Subscription) => {
    const told = input.sets.of(sub);
    if (told.ids.length === 0) return;
    if (budget !== null && budget <= 0) {
      shortfall[told.officer ? 'officers' : 'subscribers'] += 1;
      return;
    }
    if (budget !== null) budget -= 1;
    await batcher.add(told.ids, sub.lineUserId, told.officer, told.segment);
  };
  // estimatedDocumentCount reads no document: an upper bound of who could be told.
  const everyone = budget === null || budget >= (await SubscriptionModel.estimatedDocumentCount());
  if (everyone) {
    for await (const sub of activeSubscribers()) await admit(sub);
  } else {
    for (const officeCode of [...input.officeCodes].sort()) {
      for await (const sub of activeOfficersOf(officeCode)) await admit(sub);
    }
    for (const tier of [1, 2, 3] satisfies Tier[]) {
      for await (const sub of activeSubscribers()) {
        if (!sub.officeCode && input.sets.of(sub).tier === tier) await admit(sub);
      }
    }
  }
  const totals = await batcher.finish();
  return {
    activities: input.activities,
    segments: totals.segments,
    recipients: totals.recipients,
    officers: totals.officers,
    subscribers: totals.recipients - totals.officers,
    batches: totals.batches,
    shortfall,
    budget: input.budget,
  };
}
