import type { Breakdown, CaseFigures, CountRow, PeriodFigures, Report } from './report-types.ts';

/**
 * The report as tables, the one shape the PDF, the workbook, the CSV and the staff page all draw:
 * every row carries this period's value and the previous period's. Pure.
 */
export type Unit = 'count' | 'percent' | 'hours' | 'days' | 'score';
export type Pair = { current: number | null; previous: number | null };
export type Measure = { label: string; unit: Unit };
export type TableRow = { label: string; values: Pair[]; unit?: Unit };
export type ReportTable = { id: string; title: string; note?: string; measures: Measure[]; rows: TableRow[] };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Pick = (figures: PeriodFigures) => number | null;
type Line = [label: string, unit: Unit, pick: Pick];
type CaseLine = [label: string, unit: Unit, pick: (cases: CaseFigures) => number | null];

function share(part: number, whole: number): number | null {
  return whole > 0 ? (100 * part) / whole : null;
}
function mean(sum: number, count: number): number | null {
  return count > 0 ? sum / count : null;
}
const per = (ms: number | null, unit: number) => (ms === null ? null : ms / unit);

function lines(report: Report, entries: Line[]): TableRow[] {
  return entries.map(([label, unit, pick]) => ({ label, unit, values: [{ current: pick(report.current), previous: pick(report.before) }] }));
}

function caseRows(now: CaseFigures, then: CaseFigures, entries: CaseLine[]): TableRow[] {
  return entries.map(([label, unit, pick]) => ({ label, unit, values: [{ current: pick(now), previous: pick(then) }] }));
}

const VALUE: Measure[] = [{ label: 'ค่า', unit: 'count' }];
const c = (pick: (cases: CaseFigures) => number | null): Pick => (figures) => pick(figures.cases);

export const SUMMARY_LINES: Line[] = [
  ['เรื่องที่รับใหม่', 'count', c((x) => x.received)],
  ['แก้ไขเสร็จ', 'count', c((x) => x.resolved)],
  ['ค้างอยู่ ณ สิ้นงวด', 'count', c((x) => x.openAtEnd)],
  ['เสร็จทันกำหนด', 'percent', c((x) => share(x.onTime, x.resolved))],
  ['เวลารับเรื่อง (มัธยฐาน)', 'hours', c((x) => per(x.acceptMs.median, HOUR))],
  ['เวลาแก้ไขเสร็จ (มัธยฐาน)', 'days', c((x) => per(x.resolveMs.median, DAY))],
  ['ความพึงพอใจเฉลี่ย (เต็ม 5)', 'score', c((x) => mean(x.ratings.sum, x.ratings.count))],
  ['บอทตอบคำถามได้', 'percent', (f) => share(f.faq.answered + f.faq.clarified, f.faq.asked)],
];

function caseLines(): CaseLine[] {
  return [
    ['เรื่องที่รับใหม่', 'count', (x) => x.received],
    ['แก้ไขเสร็จ', 'count', (x) => x.resolved],
    ['ปิดเรื่อง', 'count', (x) => x.closed],
    ['ค้างอยู่ ณ สิ้นงวด', 'count', (x) => x.openAtEnd],
    ['เสร็จทันกำหนด (เรื่อง)', 'count', (x) => x.onTime],
    ['เสร็จทันกำหนด', 'percent', (x) => share(x.onTime, x.resolved)],
    ['เกินกำหนด', 'count', (x) => x.overdue],
    ['เกินกำหนดนานจนแจ้งศูนย์ฯ', 'count', (x) => x.escalated],
    ['ส่งต่อหน่วยงานอื่น (ครั้ง)', 'count', (x) => x.forwarded],
    ['ไม่รับเรื่อง', 'count', (x) => x.rejected],
    ['ขอเปิดเรื่องใหม่ (ครั้ง)', 'count', (x) => x.reopened],
    ['อัตราการเปิดเรื่องใหม่', 'percent', (x) => share(x.reopened, x.resolved)],
  ];
}

function timeLines(): CaseLine[] {
  return [
    ['รับเรื่อง: มัธยฐาน', 'hours', (x) => per(x.acceptMs.median, HOUR)],
    ['รับเรื่อง: เปอร์เซ็นไทล์ที่ 90', 'hours', (x) => per(x.acceptMs.p90, HOUR)],
    ['รับเรื่อง: จำนวนเรื่อง', 'count', (x) => x.acceptMs.count],
    ['แก้ไขเสร็จ: มัธยฐาน', 'days', (x) => per(x.resolveMs.median, DAY)],
    ['แก้ไขเสร็จ: เปอร์เซ็นไทล์ที่ 90', 'days', (x) => per(x.resolveMs.p90, DAY)],
    ['แก้ไขเสร็จ: จำนวนเรื่อง', 'count', (x) => x.resolveMs.count],
  ];
}

function ratingLines(): CaseLine[] {
  const scores: CaseLine[] = [5, 4, 3, 2, 1].map((score) => [`ให้ ${score} คะแนน`, 'count', (x) => x.ratings.distribution[score - 1] ?? 0]);
  return [
    ['คะแนนเฉลี่ย (เต็ม 5)', 'score', (x) => mean(x.ratings.sum, x.ratings.count)],
    ['จำนวนผู้ให้คะแนน', 'count', (x) => x.ratings.count],
    ['อัตราการตอบ (ต่อเรื่องที่เสร็จ)', 'percent', (x) => share(x.ratings.count, x.resolved)],
    ...scores,
  ];
}

function faqLines(): Line[] {
  return [
    ['คำถามที่ได้รับ', 'count', (f) => f.faq.asked],
    ['ตอบได้ทันที', 'count', (f) => f.faq.answered],
    ['ตอบได้หลังถาม «หมายถึง…»', 'count', (f) => f.faq.clarified],
    ['ถาม «หมายถึง…» แล้วไม่ได้เลือก', 'count', (f) => f.faq.clarifyOpen],
    ['ตอบไม่ได้', 'count', (f) => f.faq.unanswered],
    ['ตอบได้ (รวม)', 'percent', (f) => share(f.faq.answered + f.faq.clarified, f.faq.asked)],
    ['👍 เป็นประโยชน์', 'count', (f) => f.faq.helpful],
    ['👎 ไม่เป็นประโยชน์', 'count', (f) => f.faq.notHelpful],
    ['คำถามที่เพิ่มในคลังความรู้', 'count', (f) => f.faq.entriesAdded],
  ];
}

function activityLines(): Line[] {
  return [
    ['กิจกรรมที่จัด', 'count', (f) => f.activities.held],
    ['ผู้ลงทะเบียน', 'count', (f) => f.activities.registrations],
    ['คะแนนความพึงพอใจกิจกรรม (เต็ม 5)', 'score', (f) => mean(f.activities.attendanceRatings.sum, f.activities.attendanceRatings.count)],
    ['หน่วยเคลื่อนที่ออกพื้นที่', 'count', (f) => f.activities.mobileVisits],
    ['คำถามจากหน่วยเคลื่อนที่', 'count', (f) => f.activities.mobileQuestions],
    ['เรื่องจากหน่วยเคลื่อนที่', 'count', (f) => f.activities.mobileCases],
    ['ผู้ติดตามข่าวกิจกรรม', 'count', (f) => f.subscribers.total],
    ['ข้อความแจ้งเตือนที่ส่ง', 'count', (f) => f.subscribers.pushesSent],
    ['ไม่ได้ส่งเพราะโควตาข้อความไม่พอ (คน)', 'count', (f) => f.subscribers.quotaShortfall],
  ];
}

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
    { id: 'cases', title: 'เรื่องแจ้งปัญหาและขอคำปรึกษา', measures: VALUE, rows: caseRows(now, then, caseLines()) },
    { id: 'times', title: 'ระยะเวลาดำเนินการ', measures: VALUE, rows: caseRows(now, then, timeLines()) },
    { id: 'ratings', title: 'ความพึงพอใจของผู้แจ้ง', measures: VALUE, rows: caseRows(now, then, ratingLines()) },
  ];
}

export function reportTables(report: Report): ReportTable[] {
  const [now, then] = [report.current, report.before];
  const missing = now.activities.missing ?? undefined;
  return [
    { id: 'summary', title: 'ตัวชี้วัดหลัก', measures: VALUE, rows: lines(report, SUMMARY_LINES) },
    ...caseTables(now.cases, then.cases),
    breakdownTable('by-kind', 'แยกตามประเภท', report, (x) => x.byKind),
    breakdownTable('by-category', 'แยกตามหมวดเรื่อง', report, (x) => x.byCategory),
    breakdownTable('by-district', 'แยกตามอำเภอ', report, (x) => x.byDistrict),
    breakdownTable('by-office', 'แยกตามหน่วยงาน', report, (x) => x.byOffice),
    countTable('forward-reasons', 'เหตุผลที่ส่งต่อหน่วยงานอื่น', asCounts(now.cases.forwardReasons), asCounts(then.cases.forwardReasons)),
    countTable('reject-reasons', 'เหตุผลที่ไม่รับเรื่อง', asCounts(now.cases.rejectReasons), asCounts(then.cases.rejectReasons)),
    { id: 'faq', title: 'คลังความรู้และการตอบคำถามของบอท', measures: VALUE, rows: lines(report, faqLines()) },
    countTable('unanswered-topics', 'เรื่องที่ถามแล้วบอทยังตอบไม่ได้มากที่สุด', topics(now.faq.topUnanswered), topics(then.faq.topUnanswered)),
    { id: 'new-entries', title: 'คำถามที่เพิ่มในคลังความรู้ในงวดนี้', measures: [], rows: now.faq.newEntries.map((entry) => ({ label: entry.question, values: [] })) },
    { id: 'activities', title: 'กิจกรรม หน่วยเคลื่อนที่ และผู้ติดตามข่าว', measures: VALUE, rows: lines(report, activityLines()), ...(missing ? { note: missing } : {}) },
    countTable('activity-topics', 'กิจกรรมแยกตามหัวข้อ', now.activities.byTopic, then.activities.byTopic, missing),
    countTable('activity-types', 'กิจกรรมแยกตามรูปแบบ', now.activities.byType, then.activities.byType, missing),
    countTable('subscriber-areas', 'ผู้ติดตามข่าวแยกตามพื้นที่', now.subscribers.byArea, then.subscribers.byArea, now.subscribers.missing ?? undefined),
    countTable('subscriber-topics', 'ผู้ติดตามข่าวแยกตามหัวข้อ', now.subscribers.byTopic, then.subscribers.byTopic, now.subscribers.missing ?? undefined),
    { id: 'privacy', title: 'การคุ้มครองข้อมูลส่วนบุคคล (PDPA)', measures: VALUE, rows: caseRows(now.cases, then.cases, [['ลบข้อมูลติดต่อของเรื่องที่ปิดแล้ว', 'count', (x) => x.anonymised]]) },
  ];
}
