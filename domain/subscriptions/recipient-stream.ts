import { SUBSCRIPTION_BUCKETS, SubscriptionModel } from '../../models/subscription.ts';
import { toSubscription, type Subscription } from './subscription-store.ts';

const FIELDS = { _id: 0, lineUserId: 1, status: 1, area: 1, topics: 1, officeCode: 1 } as const;

/**
 * Every active subscriber, bucket by bucket, each bucket through its own cursor in LINE user id
 * order: the order is the same on every run (a re-run rebuilds the same batches) and no query
 * ever holds more than one bucket, whatever the database.
 */
export async function* activeSubscribers(): AsyncGenerator<Subscription> {
  for (let bucket = 0; bucket < SUBSCRIPTION_BUCKETS; bucket++) {
    const cursor = SubscriptionModel.find({ status: 'active', bucket }, FIELDS).sort({ lineUserId: 1 }).lean().cursor({ batchSize: 500 });
    for await (const doc of cursor) yield toSubscription(doc);
  }
}

/** An office's subscribed officers, in LINE user id order. */
export async function* activeOfficersOf(officeCode: string): AsyncGenerator<Subscription> {
  const cursor = SubscriptionModel.find({ officeCode, status: 'active' }, FIELDS).sort({ lineUserId: 1 }).lean().cursor({ batchSize: 500 });
  for await (const doc of cursor) yield toSubscription(doc);
}
