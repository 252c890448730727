import type { Types } from 'mongoose';
import { ActivityModel, type ActivityDocument } from '../../models/activity.ts';
import type { ActivityAudience, ActivityStatus, ActivityType } from './activity-kinds.ts';
import type { ActivityArea } from './activity-areas.ts';
import { monthRange } from './activity-time.ts';

export type StoredActivity = ActivityDocument & { _id: Types.ObjectId };
/** As lists read it: without who registered. */
export type ListedActivity = Omit<StoredActivity, 'registrants'>;

/** What staff enter for an activity, checked (activity-validation.ts) before it is stored. */
export type ActivityInput = {
  title: string;
  description: string;
  topic: string;
  type: ActivityType;
  startAt: Date;
  endAt: Date;
  venue: { name: string; address?: string | undefined; location?: { latitude: number; longitude: number } | null | undefined };
  areas: ActivityArea[];
  audience: ActivityAudience;
  capacity: number | null;
  registrationOpen: boolean;
  organiser: string;
};

export type ActivityActor = { lineUserId: string | undefined; role: string; name?: string | undefined };

/** Lists leave out who registered: only the count is anyone's business. */
const WITHOUT_REGISTRANTS = { registrants: 0 } as const;

export function idOf(activity: { _id: Types.ObjectId }): string {
  return String(activity._id);
}

export function isActivityId(value: string): boolean {
  return /^[0-9a-f]{24}$/.test(value);
}

export async function findActivity(id: string): Promise<StoredActivity | null> {
  if (!isActivityId(id)) return null;
  return (await ActivityModel.findById(id).lean()) as StoredActivity | null;
}

/** Activities starting in a Bangkok month, by start time. */
export async function activitiesInMonth(month: string, statuses: readonly ActivityStatus[]): Promise<ListedActivity[]> {
  const { from, to } = monthRange(month);
  return activitiesBetween(from, to, statuses);
}

export async function activitiesBetween(from: Date, to: Date, statuses: readonly ActivityStatus[]): Promise<ListedActivity[]> {
  const found = await ActivityModel.find({ status: { $in: [...statuses] }, startAt: { $gte: from, $lt: to } }, WITHOUT_REGISTRANTS).sort({ startAt: 1 }).lean();
  return found as ListedActivity[];
}

/** Published activities that ended in a window: their registered people are asked for a rating. */
export async function activitiesEndedBetween(from: Date, to: Date): Promise<ListedActivity[]> {
  return (await ActivityModel.find({ status: 'published', endAt: { $gte: from, $lt: to } }, WITHOUT_REGISTRANTS).lean()) as ListedActivity[];
}

export function historyActor(actor: ActivityActor): { lineUserId?: string; role: string; name?: string } {
  return { ...(actor.lineUserId ? { lineUserId: actor.lineUserId } : {}), role: actor.role, ...(actor.name ? { name: actor.name } : {}) };
}
