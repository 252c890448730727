import { loadProvinceAreas, type ProvinceAreas } from '../areas/admin-areas.ts';
import { findCategory } from '../cases/categories.ts';
import { readOfficeDirectory, type OfficeDirectory } from '../offices/office-directory.ts';
import { activityFigures, subscriberFigures } from './activity-figures.ts';
import { caseFigures } from './case-figures.ts';
import { faqFigures } from './faq-figures.ts';
import { previousPeriod, type ReportPeriod } from './report-period.ts';
import type { Window } from './pipeline-expressions.ts';
import type { Breakdown, CaseFigures, PeriodFigures, PeriodInfo, Report } from './report-types.ts';

export type ReportLookups = { offices: OfficeDirectory; areas: ProvinceAreas };

/** The office list and the province's areas, for entry points without a case service (scripts). */
export async function loadReportLookups(): Promise<ReportLookups> {
  const offices = await readOfficeDirectory();
  return { offices, areas: await loadProvinceAreas(offices.provinceCode) };
}

export const KIND_LABELS: Record<string, string> = { problem: 'แจ้งปัญหา', consultation: 'ขอคำปรึกษา' };

/**
 * The report of a period beside the one before it. Both periods are computed by the database, at
 * the same time; names are put on codes here, so what is stored reads the same if an office is renamed.
 */
export async function buildReport(period: ReportPeriod, lookups: ReportLookups, now: Date): Promise<Report> {
  const previous = previousPeriod(period);
  const [current, before] = await Promise.all([periodFigures(period, lookups), periodFigures(previous, lookups)]);
  return { period: periodInfo(period), previous: periodInfo(previous), generatedAt: now.toISOString(), current, before };
}

async function periodFigures(window: ReportPeriod, lookups: ReportLookups): Promise<PeriodFigures> {
  const districtName = (code: string) => lookups.areas.district(code)?.name;
  const [cases, faq, activities, subscribers] = await Promise.all([namedCaseFigures(window, lookups), faqFigures(window), activityFigures(window), subscriberFigures(window, districtName)]);
  return { cases, faq, activities, subscribers };
}

/** The case figures of a window with Thai names on the kinds, categories, offices and districts. */
export async function namedCaseFigures(window: Window, lookups: ReportLookups, only: Record<string, unknown> = {}): Promise<CaseFigures> {
  const cases = await caseFigures(window, only);
  const named = (rows: Breakdown[], name: (key: string) => string | undefined) => rows.map((row) => ({ ...row, label: name(row.key) ?? (row.key || 'ไม่ระบุ') }));
  return {
    ...cases,
    byKind: named(cases.byKind, (key) => KIND_LABELS[key]),
    byCategory: named(cases.byCategory, (key) => findCategory(key)?.name),
    byOffice: named(cases.byOffice, (key) => lookups.offices.byCode(key)?.name),
    byDistrict: named(cases.byDistrict, (key) => (key ? lookups.areas.district(key)?.name : 'ไม่ระบุพื้นที่')),
  };
}

function periodInfo(period: ReportPeriod): PeriodInfo {
  return { name: period.name, label: period.label, start: period.start.toISOString(), end: period.end.toISOString() };
}
