import { addDays, bangkokDay, buddhistDateStamp, DAY_MS, formatThaiDate, startOfBangkokDay } from '../time/thai-time.ts';

/**
 * A report period: a half of the Thai fiscal year (`2570-H1` = 1 Oct 2569 – 31 Mar 2570 in the
 * Buddhist calendar, i.e. 1 Oct 2026 – 31 Mar 2027) or any range of Bangkok days
 * (`2026-10-01..2027-03-31`, both days included). `end` is exclusive: the instant the next day starts.
 */
export type ReportPeriod = { name: string; kind: 'half' | 'range'; start: Date; end: Date; label: string };

const HALF = /^(\d{4})-H([12])$/;
const RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;
const BUDDHIST_OFFSET = 543;

/** `2570-H1` → the half it names; `YYYY-MM-DD..YYYY-MM-DD` → that range; anything else → null. */
export function parsePeriod(text: string): ReportPeriod | null {
  const half = HALF.exec(text.trim());
  if (half) return fiscalHalf(Number(half[1]), half[2] === '1' ? 1 : 2);
  const range = RANGE.exec(text.trim());
  if (!range || !isRealDay(range[1]!) || !isRealDay(range[2]!) || range[1]! > range[2]!) return null;
  return dayRange(range[1]!, range[2]!);
}

export function fiscalHalf(fiscalYear: number, half: 1 | 2): ReportPeriod {
  const gregorian = fiscalYear - BUDDHIST_OFFSET;
  const start = half === 1 ? startOfBangkokDay(`${gregorian - 1}-10-01`) : startOfBangkokDay(`${gregorian}-04-01`);
  const end = half === 1 ? startOfBangkokDay(`${gregorian}-04-01`) : startOfBangkokDay(`${gregorian}-10-01`);
  const which = half === 1 ? 'ครึ่งปีแรก' : 'ครึ่งปีหลัง';
  return { name: `${fiscalYear}-H${half}`, kind: 'half', start, end, label: `${which} ปีงบประมาณ ${fiscalYear} (${spanLabel(start, end)})` };
}

function dayRange(first: string, last: string): ReportPeriod {
  const start = startOfBangkokDay(first);
  const end = addDays(startOfBangkokDay(last), 1);
  return { name: `${first}..${last}`, kind: 'range', start, end, label: spanLabel(start, end) };
}

/** The fiscal half an instant falls in (Bangkok time). */
export function halfContaining(at: Date): ReportPeriod {
  const [year, month] = bangkokDay(at).split('-').map(Number) as [number, number];
  if (month >= 10) return fiscalHalf(year + 1 + BUDDHIST_OFFSET, 1);
  if (month <= 3) return fiscalHalf(year + BUDDHIST_OFFSET, 1);
  return fiscalHalf(year + BUDDHIST_OFFSET, 2);
}

/** What a report is compared with: the half before, or a range of the same number of days just before. */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const half = HALF.exec(period.name);
  if (half) {
    const year = Number(half[1]);
    return half[2] === '2' ? fiscalHalf(year, 1) : fiscalHalf(year - 1, 2);
  }
  const days = Math.round((period.end.getTime() - period.start.getTime()) / DAY_MS);
  return dayRange(bangkokDay(addDays(period.start, -days)), bangkokDay(addDays(period.start, -1)));
}

/**
 * A file-name-safe form of the name, in Buddhist years like every file the product names:
 * `2570-H1`; the range `2026-10-01..2027-03-31` → `2569-10-01_2570-03-31`.
 */
export function periodSlug(period: Pick<ReportPeriod, 'name'>): string {
  const range = RANGE.exec(period.name);
  if (!range) return period.name;
  return range.slice(1, 3).map((day) => buddhistDateStamp(startOfBangkokDay(day!))).join('_');
}

/** `report-2570-H1.pdf`: the name the API, the CLI and the LIFF download give a period's report, whatever its format. */
export function reportFileName(period: Pick<ReportPeriod, 'name'>, format: string): string {
  return `report-${periodSlug(period)}.${format}`;
}

/** «1 ต.ค. 2569 – 31 มี.ค. 2570»: the last day shown is the one before `end`. */
function spanLabel(start: Date, end: Date): string {
  return `${formatThaiDate(start)} – ${formatThaiDate(addDays(end, -1))}`;
}

function isRealDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}
