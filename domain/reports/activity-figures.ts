import { ActivityModel } from '../../models/activity.ts';
import { ActivityQuestionModel, ActivityRatingModel } from '../../models/activity-feedback.ts';
import { ActivityPlanModel, ActivitySendModel } from '../../models/activity-send.ts';
import { CaseModel } from '../../models/case.ts';
import { SubscriptionModel } from '../../models/subscription.ts';
import { TYPE_NAMES, type ActivityType } from '../activities/activity-kinds.ts';
import { findTopic } from '../activities/activity-topics.ts';
import type { Window } from './pipeline-expressions.ts';
import type { ActivityFigures, CountRow, SubscriberFigures } from './report-types.ts';

type Grouped = { _id: string | null; n: number };
type HeldFacets = { totals: { n: number; registrations: number }[]; byTopic: Grouped[]; byType: Grouped[]; visits: { _id: unknown }[] };
const rows = (grouped: Grouped[], label: (key: string) => string): CountRow[] =>
  grouped.map((row) => ({ key: row._id ?? '', label: label(row._id ?? ''), count: row.n })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'th'));

/**
 * Activities held in the period (published, starting in it) by topic and type, their
 * registrations, the ratings given after them, and the mobile-unit visits with the questions and
 * cases villagers sent them. Aggregations of the activities' own collections (issue 11).
 */
export async function activityFigures(window: Window): Promise<ActivityFigures> {
  const held = { status: 'published' as const, startAt: { $gte: window.start, $lt: window.end } };
  const [[facets], ratings] = await Promise.all([
    // One read of the period's activities, folded four ways.
    ActivityModel.aggregate<HeldFacets>([
      { $match: held },
      {
        $facet: {
          totals: [{ $group: { _id: null, n: { $sum: 1 }, registrations: { $sum: '$registeredCount' } } }],
          byTopic: [{ $group: { _id: '$topic', n: { $sum: 1 } } }],
          byType: [{ $group: { _id: '$type', n: { $sum: 1 } } }],
          visits: [{ $match: { type: 'mobile-unit' } }, { $project: { _id: 1 } }],
        },
      },
    ]),
    ActivityRatingModel.aggregate<{ n: number; sum: number }>([{ $match: { activityEndAt: { $gte: window.start, $lt: window.end } } }, { $group: { _id: null, n: { $sum: 1 }, sum: { $sum: '$score' } } }]),
  ]);
  const { totals, byTopic, byType, visits } = facets ?? { totals: [], byTopic: [], byType: [], visits: [] };
  const visitIds = visits.map((visit) => String(visit._id));
  const [mobileQuestions, mobileCases] = visitIds.length === 0 ? [0, 0] : await Promise.all([ActivityQuestionModel.countDocuments({ activityId: { $in: visitIds } }), CaseModel.countDocuments({ activityId: { $in: visitIds } })]);
  return {
    missing: null,
    held: totals[0]?.n ?? 0,
    byTopic: rows(byTopic, (code) => findTopic(code)?.name ?? code),
    byType: rows(byType, (code) => TYPE_NAMES[code as ActivityType] ?? code),
    registrations: totals[0]?.registrations ?? 0,
    attendanceRatings: { count: ratings[0]?.n ?? 0, sum: ratings[0]?.sum ?? 0 },
    mobileVisits: visitIds.length,
    mobileQuestions,
    mobileCases,
  };
}

/**
 * Who followed the activity news at the end of the period, by district (officers, subscribed for
 * their office, apart) and by topic; the pushes the fan-outs queued in it, and the people they
 * left out because the month's message quota ran short.
 */
export async function subscriberFigures(window: Window, districtName: (code: string) => string | undefined): Promise<SubscriberFigures> {
  const subscribed = { $and: [{ $or: [{ startedAt: { $lt: window.end } }, { startedAt: { $exists: false }, createdAt: { $lt: window.end } }] }, { $or: [{ status: 'active' }, { stoppedAt: { $gte: window.end } }] }] };
  const [byArea, byTopic, sent, plans] = await Promise.all([
    SubscriptionModel.aggregate<Grouped>([{ $match: subscribed }, { $group: { _id: { $cond: [{ $eq: [{ $type: '$officeCode' }, 'string'] }, 'officers', { $ifNull: ['$area.districtCode', ''] }] }, n: { $sum: 1 } } }]),
    SubscriptionModel.aggregate<Grouped>([{ $match: { ...subscribed, officeCode: { $exists: false } } }, { $project: { topics: { $cond: [{ $gt: [{ $size: { $ifNull: ['$topics', []] } }, 0] }, '$topics', ['']] } } }, { $unwind: '$topics' }, { $group: { _id: '$topics', n: { $sum: 1 } } }]),
    ActivitySendModel.aggregate<{ n: number }>([{ $match: { status: 'queued', queuedAt: { $gte: window.start, $lt: window.end } } }, { $group: { _id: null, n: { $sum: '$size' } } }]),
    ActivityPlanModel.find({ complete: true, createdAt: { $gte: window.start, $lt: window.end } }, { summary: 1 }).lean(),
  ]);
  const left = plans.reduce((total, plan) => {
    const shortfall = (plan.summary as { shortfall?: { officers?: number; subscribers?: number } } | null)?.shortfall;
    return total + (shortfall?.officers ?? 0) + (shortfall?.subscribers ?? 0);
  }, 0);
  const areaName = (key: string) => (key === 'officers' ? 'เจ้าหน้าที่ อปท. (ข่าวของหน่วยงาน)' : key ? (districtName(key) ?? key) : 'ไม่ระบุพื้นที่');
  return {
    missing: null,
    total: byArea.reduce((total, row) => total + row.n, 0),
    byArea: rows(byArea, areaName),
    byTopic: rows(byTopic, (code) => (code ? (findTopic(code)?.name ?? code) : 'ทุกหัวข้อ')),
    pushesSent: sent[0]?.n ?? 0,
    quotaShortfall: left,
  };
}
