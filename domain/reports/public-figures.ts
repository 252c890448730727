import { CaseModel } from '../../models/case.ts';
import { activitiesInMonth } from '../activities/activity-repository.ts';
import { monthOf } from '../activities/activity-time.ts';
import { bangkokDay, DAY_MS } from '../time/thai-time.ts';
import { namedCaseFigures, type ReportLookups } from './build-report.ts';
import { openDataRules } from './open-data-rules.ts';
import { halfContaining, parsePeriod } from './report-period.ts';
import type { Breakdown } from './report-types.ts';

/**
 * What anyone may see at /public: counts, medians and a sub-district map of the fiscal year so
 * far, no case and no person. Every figure is an aggregate of the database.
 */
export type PublicMapPoint = { subdistrictCode: string; name: string; districtName: string; resolved: number; point: { lat: number; long: number } | null };
export type PublicDashboard = {
  generatedAt: string;
  label: string;
  received: number;
  resolved: number;
  openNow: number;
  onTimeShare: number | null;
  medianResolveDays: number | null;
  satisfaction: { mean: number | null; count: number };
  byDistrict: Breakdown[];
  byCategory: Breakdown[];
  map: PublicMapPoint[];
};

/** A published activity of this month as the public page lists it: what, when, where. */
export type PublicActivity = { title: string; startAt: string; venue: string; type: string };

/** This month's published activities open to the public (not the officers-only meetings). */
export async function publicActivitiesOfMonth(now: Date): Promise<PublicActivity[]> {
  const activities = await activitiesInMonth(monthOf(now), ['published']);
  return activities
    .filter((activity) => activity.audience !== 'officers')
    .map((activity) => ({ title: activity.title, startAt: activity.startAt.toISOString(), venue: activity.venue.name, type: activity.type }));
}

/** The fiscal year running at `now`: from 1 October to today (Bangkok), both included. */
export function fiscalYearSoFar(now: Date): { name: string; label: string } {
  const half = halfContaining(now);
  const year = Number(half.name.slice(0, 4));
  const start = half.name.endsWith('H1') ? half.start : parsePeriod(`${year}-H1`)!.start;
  const period = parsePeriod(`${bangkokDay(start)}..${bangkokDay(now)}`)!;
  return { name: period.name, label: `ปีงบประมาณ ${year} (${period.label})` };
}

export async function publicDashboard(lookups: ReportLookups, now: Date): Promise<PublicDashboard> {
  const year = fiscalYearSoFar(now);
  const window = parsePeriod(year.name)!;
  const [cases, map] = await Promise.all([namedCaseFigures(window, lookups), resolvedBySubdistrict(window, lookups)]);
  return {
    generatedAt: now.toISOString(),
    label: year.label,
    received: cases.received,
    resolved: cases.resolved,
    openNow: cases.openAtEnd,
    onTimeShare: cases.resolved > 0 ? (100 * cases.onTime) / cases.resolved : null,
    medianResolveDays: cases.resolveMs.median === null ? null : cases.resolveMs.median / DAY_MS,
    satisfaction: { mean: cases.ratings.count > 0 ? cases.ratings.sum / cases.ratings.count : null, count: cases.ratings.count },
    byDistrict: cases.byDistrict,
    byCategory: cases.byCategory,
    map,
  };
}

/**
 * Resolved cases per sub-district, with a point only where enough located, non-sensitive cases
 * make one: their mean position rounded to about 1 km, so no report can be placed on the map.
 */
async function resolvedBySubdistrict(window: { start: Date; end: Date }, lookups: ReportLookups): Promise<PublicMapPoint[]> {
  const rules = openDataRules();
  const locatable = { $and: [{ $not: [{ $in: ['$category', rules.sensitiveCategories] }] }, { $eq: [{ $type: '$location.latitude' }, 'double'] }, { $eq: [{ $type: '$location.longitude' }, 'double'] }] };
  const rows = await CaseModel.collection
    .aggregate<{ _id: string | null; resolved: number; located: number; lat: number | null; long: number | null }>([
      { $match: { resolvedAt: { $gte: window.start, $lt: window.end } } },
      {
        $group: {
          _id: '$area.subdistrictCode',
          resolved: { $sum: 1 },
          located: { $sum: { $cond: [locatable, 1, 0] } },
          lat: { $avg: { $cond: [locatable, '$location.latitude', null] } },
          long: { $avg: { $cond: [locatable, '$location.longitude', null] } },
        },
      },
      { $sort: { resolved: -1, _id: 1 } },
    ])
    .toArray();
  return rows.flatMap((row) => {
    const sub = row._id ? lookups.areas.subdistrict(row._id) : undefined;
    if (!sub) return [];
    const placed = row.located >= rules.minimumCasesForMapPoint && row.lat !== null && row.long !== null;
    return [{ subdistrictCode: sub.code, name: sub.name, districtName: lookups.areas.district(sub.districtCode)?.name ?? '', resolved: row.resolved, point: placed ? { lat: Number(row.lat!.toFixed(2)), long: Number(row.long!.toFixed(2)) } : null }];
  });
}
