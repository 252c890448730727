import { isDuplicateKeyError } from '../../db/is-duplicate-key-error.ts';
import { ActivityRatingModel } from '../../models/activity-feedback.ts';
import { findActivity, idOf } from './activity-repository.ts';

export type RatingOutcome = 'rated' | 'already' | 'not_registered' | 'not_yet' | 'not_found';

/** A registered person's one rating (1–5) of an activity that has ended; a second tap changes nothing. */
export async function rateActivity(input: { activityId: string; lineUserId: string; score: number; now: Date }): Promise<RatingOutcome> {
  const activity = await findActivity(input.activityId);
  if (!activity) return 'not_found';
  if (!activity.registrants.includes(input.lineUserId)) return 'not_registered';
  if (activity.endAt > input.now) return 'not_yet';
  if (!Number.isInteger(input.score) || input.score < 1 || input.score > 5) return 'not_found';
  try {
    await ActivityRatingModel.create({ activityId: idOf(activity), lineUserId: input.lineUserId, score: input.score, activityType: activity.type, activityEndAt: activity.endAt });
    return 'rated';
  } catch (error) {
    if (isDuplicateKeyError(error)) return 'already';
    throw error;
  }
}

/** For the 6-monthly report: ratings of activities that ended in a period, by activity type. */
export async function ratingSummary(from: Date, to: Date): Promise<{ type: string; ratings: number; average: number }[]> {
  const rows = await ActivityRatingModel.aggregate<{ _id: string; ratings: number; average: number }>([
    { $match: { activityEndAt: { $gte: from, $lt: to } } },
    { $group: { _id: '$activityType', ratings: { $sum: 1 }, average: { $avg: '$score' } } },
    { $sort: { _id: 1 } },
  ]);
  return rows.map((row) => ({ type: row._id, ratings: row.ratings, average: Math.round(row.average * 100) / 100 }));
}
