import { createHash } from 'node:crypto';
import { LineUserModel } from '../../models/line-user.ts';
import { SUBSCRIPTION_BUCKETS, SubscriptionModel } from '../../models/subscription.ts';
import type { Place } from '../activities/activity-areas.ts';

export type Subscription = {
  lineUserId: string;
  status: 'active' | 'stopped';
  stoppedReason: 'opt-out' | 'unfollow' | undefined;
  area: Place | null;
  topics: string[];
  officeCode: string | undefined;
};

export function bucketOf(lineUserId: string): number {
  return createHash('sha1').update(lineUserId).digest().readUInt16BE(0) % SUBSCRIPTION_BUCKETS;
}

type Lean = { lineUserId: string; status: 'active' | 'stopped'; stoppedReason?: 'opt-out' | 'unfollow' | null; area?: { districtCode: string; subdistrictCode?: string | null } | null; topics?: string[]; officeCode?: string | null };

export function toSubscription(doc: Lean): Subscription {
  const area = doc.area ? { districtCode: doc.area.districtCode, ...(doc.area.subdistrictCode ? { subdistrictCode: doc.area.subdistrictCode } : {}) } : null;
  return { lineUserId: doc.lineUserId, status: doc.status, stoppedReason: doc.stoppedReason ?? undefined, area, topics: doc.topics ?? [], officeCode: doc.officeCode ?? undefined };
}

export async function findSubscription(lineUserId: string): Promise<Subscription | null> {
  const doc = await SubscriptionModel.findOne({ lineUserId }).lean();
  return doc ? toSubscription(doc as Lean) : null;
}

/** Starts (or restarts, by the person's own choice) activity news for an area and topics. */
export async function saveSubscription(lineUserId: string, choice: { area: Place; topics: string[] }, now: Date): Promise<Subscription> {
  await SubscriptionModel.updateOne(
    { lineUserId },
    {
      $set: { status: 'active', area: choice.area, topics: choice.topics, startedAt: now },
      $unset: { stoppedReason: 1, stoppedAt: 1 },
      $setOnInsert: { bucket: bucketOf(lineUserId) },
    },
    { upsert: true },
  );
  return (await findSubscription(lineUserId))!;
}

/** «เลิกรับข่าว» or an unfollow: nothing more is sent, officers' office news included, until the person asks again. */
export async function stopSubscription(lineUserId: string, reason: 'opt-out' | 'unfollow', now: Date): Promise<boolean> {
  const before = await SubscriptionModel.findOneAndUpdate(
    { lineUserId },
    { $set: { status: 'stopped', stoppedReason: reason, stoppedAt: now }, $setOnInsert: { bucket: bucketOf(lineUserId), topics: [], area: null } },
    { upsert: true },
  ).lean();
  return before?.status === 'active';
}

/** Resumes what the person had chosen before, when they say so (never on refollow by itself). */
export async function resumeSubscription(lineUserId: string, now: Date): Promise<Subscription | null> {
  await SubscriptionModel.updateOne({ lineUserId, status: 'stopped' }, { $set: { status: 'active', startedAt: now }, $unset: { stoppedReason: 1, stoppedAt: 1 } });
  return findSubscription(lineUserId);
}

/**
 * Officers and office admins are subscribed for their office's area by default: each gets a
 * subscription the first time it is seen; one they stopped stays stopped. Someone who is no longer
 * an officer of that office loses the office part. Reads office by office; officers are few.
 */
export async function syncOfficerSubscriptions(officeCodes: string[], now: Date): Promise<void> {
  for (const officeCode of officeCodes) {
    const officers = await LineUserModel.find({ role: { $in: ['officer', 'office-admin'] }, officeCode, active: true }, { lineUserId: 1 }).lean();
    const current = new Set(officers.map((officer) => officer.lineUserId));
    for (const lineUserId of current) {
      await SubscriptionModel.updateOne(
        { lineUserId },
        { $set: { officeCode }, $setOnInsert: { status: 'active', bucket: bucketOf(lineUserId), topics: [], area: null, startedAt: now } },
        { upsert: true },
      );
    }
    const listed = await SubscriptionModel.find({ officeCode }, { lineUserId: 1 }).lean();
    for (const sub of listed) if (!current.has(sub.lineUserId)) await SubscriptionModel.updateOne({ _id: sub._id, officeCode }, { $unset: { officeCode: 1 } });
  }
}
