import { bangkokDay } from '../time/thai-time.ts';

/** Months and local times of the schedule, in Asia/Bangkok (UTC+7 all year). Pure. */
const MONTH = /^(\d{4})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/;

/** `YYYY-MM` of the Bangkok month `date` falls in. */
export function monthOf(date: Date): string {
  return bangkokDay(date).slice(0, 7);
}

export function isMonth(value: string): boolean {
  const match = MONTH.exec(value);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

export function addMonths(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The instants a Bangkok month starts and ends (exclusive). */
export function monthRange(month: string): { from: Date; to: Date } {
  return { from: new Date(`${month}-01T00:00:00+07:00`), to: new Date(`${addMonths(month, 1)}-01T00:00:00+07:00`) };
}

/**
 * `YYYY-MM-DD HH:mm` (or with a `T`, as a datetime-local input sends it) read as Bangkok time; a
 * Buddhist-era year (2570) is taken for what staff meant (2027). Null when it is no real time.
 */
export function parseBangkokDateTime(text: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const year = y > 2400 ? y - 543 : y;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const iso = `${year}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}:00+07:00`;
  const date = new Date(iso);
  // 31 February rolls over to March in Date; refuse it instead.
  return Number.isNaN(date.getTime()) || bangkokDay(date) !== iso.slice(0, 10) ? null : date;
}

/** `YYYY-MM-DDTHH:mm` in Bangkok, the value a datetime-local input shows. */
export function toBangkokLocalInput(date: Date): string {
  return new Date(date.getTime() + 7 * 60 * 60_000).toISOString().slice(0, 16);
}
