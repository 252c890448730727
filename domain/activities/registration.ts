import { ActivityModel } from '../../models/activity.ts';
import { findActivity, type StoredActivity } from './activity-repository.ts';

export type RegisterOutcome = 'registered' | 'already' | 'full' | 'closed' | 'not_found';
export type UnregisterOutcome = 'unregistered' | 'not_registered' | 'not_found';

/** Why a seat cannot be taken now, read from the activity as it is. */
function refusalOf(activity: StoredActivity, lineUserId: string, now: Date): Exclude<RegisterOutcome, 'registered'> | null {
  if (activity.registrants.includes(lineUserId)) return 'already';
  if (activity.status !== 'published' || !activity.registrationOpen || activity.startAt <= now) return 'closed';
  if (activity.capacity !== null && activity.capacity !== undefined && activity.registeredCount >= activity.capacity) return 'full';
  return null;
}

/**
 * Takes a seat with one conditional update on the activity (not registered yet, a seat left at
 * the capacity just read): fifty people tapping at once can never fill more seats than there
 * are, and a repeated tap never takes two. Retries when the activity changed under it.
 */
export async function registerForActivity(activityId: string, lineUserId: string, now: Date): Promise<{ outcome: RegisterOutcome; activity: StoredActivity | null }> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const activity = await findActivity(activityId);
    if (!activity) return { outcome: 'not_found', activity: null };
    const refusal = refusalOf(activity, lineUserId, now);
    if (refusal) return { outcome: refusal, activity };
    const capacity = activity.capacity ?? null;
    const seatLeft = capacity === null ? { capacity: null } : { capacity, registeredCount: { $lt: capacity } };
    const taken = await ActivityModel.findOneAndUpdate(
      { _id: activity._id, status: 'published', registrationOpen: true, registrants: { $ne: lineUserId }, ...seatLeft },
      { $push: { registrants: lineUserId }, $inc: { registeredCount: 1 } },
      { returnDocument: 'after' },
    ).lean();
    if (taken) return { outcome: 'registered', activity: taken as StoredActivity };
  }
  const activity = await findActivity(activityId);
  return { outcome: activity ? (refusalOf(activity, lineUserId, now) ?? 'full') : 'not_found', activity };
}

export async function unregisterFromActivity(activityId: string, lineUserId: string): Promise<{ outcome: UnregisterOutcome; activity: StoredActivity | null }> {
  const activity = await findActivity(activityId);
  if (!activity) return { outcome: 'not_found', activity: null };
  const freed = await ActivityModel.findOneAndUpdate(
    { _id: activity._id, registrants: lineUserId },
    { $pull: { registrants: lineUserId }, $inc: { registeredCount: -1 } },
    { returnDocument: 'after' },
  ).lean();
  return freed ? { outcome: 'unregistered', activity: freed as StoredActivity } : { outcome: 'not_registered', activity };
}

export function seatsLeft(activity: Pick<StoredActivity, 'capacity' | 'registeredCount'>): number | null {
  return activity.capacity === null || activity.capacity === undefined ? null : Math.max(0, activity.capacity - activity.registeredCount);
}

/** Which of these activities the person has a seat in. */
export async function registeredAmong(activityIds: string[], lineUserId: string): Promise<Set<string>> {
  if (activityIds.length === 0) return new Set();
  const found = await ActivityModel.find({ _id: { $in: activityIds }, registrants: lineUserId }, { _id: 1 }).lean();
  return new Set(found.map((activity) => String(activity._id)));
}
