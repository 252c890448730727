import { DAY_MS } from '../time/thai-time.ts';
import type { CaseFigures, PeriodFigures } from './report-types.ts';
import type { Unit } from './report-tables.ts';

// Every figure of the report as [Thai label, unit, how to read it from one period's figures]. Pure.

const HOUR = 3_600_000;

/** A figure read from one period's figures (`Line`) or from one set of cases (`CaseLine`). */
export type FigureLine<T> = [label: string, unit: Unit, pick: (figures: T) => number | null];
type Line = FigureLine<PeriodFigures>;
type CaseLine = FigureLine<CaseFigures>;
type Pick = Line[2];

function share(part: number, whole: number): number | null {
  return whole > 0 ? (100 * part) / whole : null;
}
function mean(sum: number, count: number): number | null {
  return count > 0 ? sum / count : null;
}
const per = (ms: number | null, unit: number) => (ms === null ? null : ms / unit);

const c = (pick: (cases: CaseFigures) => number | null): Pick => (figures) => pick(figures.cases);

export const SUMMARY_LINES: Line[] = [
  ['เรื่องที่รับใหม่', 'count', c((x) => x.received)],
  ['แก้ไขเสร็จ', 'count', c((x) => x.resolved)],
  ['ค้างอยู่ ณ สิ้นงวด', 'count', c((x) => x.openAtEnd)],
  ['เสร็จทันกำหนด', 'percent', c((x) => share(x.onTime, x.resolved))],
  ['เวลารับเรื่อง (มัธยฐาน)', 'hours', c((x) => per(x.acceptMs.median, HOUR))],
  ['เวลาแก้ไขเสร็จ (มัธยฐาน)', 'days', c((x) => per(x.resolveMs.median, DAY_MS))],
  ['ความพึงพอใจเฉลี่ย (เต็ม 5)', 'score', c((x) => mean(x.ratings.sum, x.ratings.count))],
  ['บอทตอบคำถามได้', 'percent', (f) => share(f.faq.answered + f.faq.clarified, f.faq.asked)],
];

export function caseLines(): CaseLine[] {
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

export function timeLines(): CaseLine[] {
  return [
    ['รับเรื่อง: มัธยฐาน', 'hours', (x) => per(x.acceptMs.median, HOUR)],
    ['รับเรื่อง: เปอร์เซ็นไทล์ที่ 90', 'hours', (x) => per(x.acceptMs.p90, HOUR)],
    ['รับเรื่อง: จำนวนเรื่อง', 'count', (x) => x.acceptMs.count],
    ['แก้ไขเสร็จ: มัธยฐาน', 'days', (x) => per(x.resolveMs.median, DAY_MS)],
    ['แก้ไขเสร็จ: เปอร์เซ็นไทล์ที่ 90', 'days', (x) => per(x.resolveMs.p90, DAY_MS)],
    ['แก้ไขเสร็จ: จำนวนเรื่อง', 'count', (x) => x.resolveMs.count],
  ];
}

export function ratingLines(): CaseLine[] {
  const scores: CaseLine[] = [5, 4, 3, 2, 1].map((score) => [`ให้ ${score} คะแนน`, 'count', (x) => x.ratings.distribution[score - 1] ?? 0]);
  return [
    ['คะแนนเฉลี่ย (เต็ม 5)', 'score', (x) => mean(x.ratings.sum, x.ratings.count)],
    ['จำนวนผู้ให้คะแนน', 'count', (x) => x.ratings.count],
    ['อัตราการตอบ (ต่อเรื่องที่เสร็จ)', 'percent', (x) => share(x.ratings.count, x.resolved)],
    ...scores,
  ];
}

export function faqLines(): Line[] {
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

export function activityLines(): Line[] {
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
