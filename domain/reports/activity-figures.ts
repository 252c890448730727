import type { Window } from './pipeline-expressions.ts';
import type { ActivityFigures, SubscriberFigures } from './report-types.ts';

const NOT_YET = 'ยังไม่มีข้อมูลกิจกรรมในระบบ (ส่วนกิจกรรมและการติดตามข่าวยังไม่เปิดใช้)';

/** Activities held, registrations, ratings and mobile-unit visits in one period. */
export async function activityFigures(_window: Window): Promise<ActivityFigures> {
  return { missing: NOT_YET, held: 0, byTopic: [], byType: [], registrations: 0, attendanceRatings: { count: 0, sum: 0 }, mobileVisits: 0, mobileQuestions: 0, mobileCases: 0 };
}

/** Subscribers by area and topic at the end of the period, and the pushes sent in it. */
export async function subscriberFigures(_window: Window): Promise<SubscriberFigures> {
  return { missing: NOT_YET, total: 0, byArea: [], byTopic: [], pushesSent: 0, pushQuota: null };
}
