import type { Breakdown, CaseFigures, CountRow, Report } from './report-types.ts';
import { activityLines, caseLines, faqLines, ratingLines, SUMMARY_LINES, timeLines, type FigureLine } from './report-lines.ts';

/**
 * The report as tables, the one shape the PDF, the workbook, the CSV and the staff page all draw:
 * every row carries this period's value and the previous period's. Pure.
 */
export type Unit = 'count' | 'percent' | 'hours' | 'days' | 'score';
export type Pair = { current: number | null; previous: number | null };
export type Measure = { label: string; unit: Unit };
export type TableRow = { label: string; values: Pair[]; unit?: Unit };
export type ReportTable = { id: string; title: string; note?: string; measures: Measure[]; rows: TableRow[] };

/** One row per figure, read from this period's figures and the previous period's. */
function lineRows<T>(now: T, then: T, entries: FigureLine<T>[]): TableRow[] {
  return entries.map(([label, unit, pick]) => ({ label, unit, values: [{ current: pick(now), previous: pick(then) }] }));
}

const VALUE: Measure[] = [{ label: 'ค่า', unit: 'count' }];
const BREAKDOWN_MEASURES: Measure[] = [
  { label: 'รับใหม่', unit: 'count' },
  { label: 'เสร็จ', unit: 'count' },
  { label: 'ค้าง', unit: 'count' },
];

/** Rows for every key in either period, this period's order first. */
function joinRows<T extends { key: string; label: string }>(current: T[], previous: T[], values: (row: T | undefined) => (number | null)[]): TableRow[] {
  const keys = [...new Map([...current, ...previous].map((row) => [row.key, row.label])).entries()];
  return keys.map(([key, label]) => {
    const now = values(current.find((row) => row.key === key));
    const then = values(previous.find((row) => row.key === key));
    return { label, values: now.map((value, index) => ({ current: value, previous: then[index] ?? null })) };
  });
}

function breakdownTable(id: string, title: string, report: Report, pick: (cases: CaseFigures) => Breakdown[]): ReportTable {
  const values = (row: Breakdown | undefined) => [row?.received ?? 0, row?.resolved ?? 0, row?.openAtEnd ?? 0];
  const rows = joinRows(pick(report.current.cases), pick(report.before.cases), values).sort((a, b) => (b.values[0]!.current ?? 0) - (a.values[0]!.current ?? 0));
  return { id, title, measures: BREAKDOWN_MEASURES, rows };
}

function countTable(id: string, title: string, current: CountRow[], previous: CountRow[], note?: string): ReportTable {
  const rows = joinRows(current, previous, (row) => [row?.count ?? 0]);
  return { id, title, measures: [{ label: 'จำนวน', unit: 'count' }], rows, ...(note ? { note } : {}) };
}

const asCounts = (rows: { reason: string; count: number }[]): CountRow[] => rows.map((row) => ({ key: row.reason, label: row.reason || 'ไม่ระบุเหตุผล', count: row.count }));
const topics = (rows: { title: string; count: number }[]): CountRow[] => rows.map((row) => ({ key: row.title, label: row.title, count: row.count }));

/** The case tables alone, for any set of cases (the whole province, or one office's export). */
export function caseTables(now: CaseFigures, then: CaseFigures): ReportTable[] {
  return [
    { id: 'cases', title: 'เรื่องแจ้งปัญหาและขอคำปรึกษา', measures: VALUE, rows: lineRows(now, then, caseLines()) },
    { id: 'times', title: 'ระยะเวลาดำเนินการ', measures: VALUE, rows: lineRows(now, then, timeLines()) },
    { id: 'ratings', title: 'ความพึงพอใจของผู้แจ้ง', measures: VALUE, rows: lineRows(now, then, ratingLines()) },
  ];
}

export function reportTables(report: Report): ReportTable[] {
  const [now, then] = [report.current, report.before];
  const missing = now.activities.missing ?? undefined;
  return [
    { id: 'summary', title: 'ตัวชี้วัดหลัก', measures: VALUE, rows: lineRows(now, then, SUMMARY_LINES) },
    ...caseTables(now.cases, then.cases),
    breakdownTable('by-kind', 'แยกตามประเภท', report, (x) => x.byKind),
    breakdownTable('by-category', 'แยกตามหมวดเรื่อง', report, (x) => x.byCategory),
    breakdownTable('by-district', 'แยกตามอำเภอ', report, (x) => x.byDistrict),
    breakdownTable('by-office', 'แยกตามหน่วยงาน', report, (x) => x.byOffice),
    countTable('forward-reasons', 'เหตุผลที่ส่งต่อหน่วยงานอื่น', asCounts(now.cases.forwardReasons), asCounts(then.cases.forwardReasons)),
    countTable('reject-reasons', 'เหตุผลที่ไม่รับเรื่อง', asCounts(now.cases.rejectReasons), asCounts(then.cases.rejectReasons)),
    { id: 'faq', title: 'คลังความรู้และการตอบคำถามของบอท', measures: VALUE, rows: lineRows(now, then, faqLines()) },
    countTable('unanswered-topics', 'เรื่องที่ถามแล้วบอทยังตอบไม่ได้มากที่สุด', topics(now.faq.topUnanswered), topics(then.faq.topUnanswered)),
    { id: 'new-entries', title: 'คำถามที่เพิ่มในคลังความรู้ในงวดนี้', measures: [], rows: now.faq.newEntries.map((entry) => ({ label: entry.question, values: [] })) },
    { id: 'activities', title: 'กิจกรรม หน่วยเคลื่อนที่ และผู้ติดตามข่าว', measures: VALUE, rows: lineRows(now, then, activityLines()), ...(missing ? { note: missing } : {}) },
    countTable('activity-topics', 'กิจกรรมแยกตามหัวข้อ', now.activities.byTopic, then.activities.byTopic, missing),
    countTable('activity-types', 'กิจกรรมแยกตามรูปแบบ', now.activities.byType, then.activities.byType, missing),
    countTable('subscriber-areas', 'ผู้ติดตามข่าวแยกตามพื้นที่', now.subscribers.byArea, then.subscribers.byArea, now.subscribers.missing ?? undefined),
    countTable('subscriber-topics', 'ผู้ติดตามข่าวแยกตามหัวข้อ', now.subscribers.byTopic, then.subscribers.byTopic, now.subscribers.missing ?? undefined),
    { id: 'privacy', title: 'การคุ้มครองข้อมูลส่วนบุคคล (PDPA)', measures: VALUE, rows: lineRows(now.cases, then.cases, [['ลบข้อมูลติดต่อของเรื่องที่ปิดแล้ว', 'count', (x) => x.anonymised]]) },
  ];
}
