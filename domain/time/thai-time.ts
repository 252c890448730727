/** Dates as Thai people read them: Buddhist year (พ.ศ.), Asia/Bangkok time. Pure; used by the bot and the pages. */
export const BANGKOK = 'Asia/Bangkok';
export const DAY_MS = 86_400_000;

const shortDate = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { timeZone: BANGKOK, day: 'numeric', month: 'short', year: 'numeric' });
const longDate = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { timeZone: BANGKOK, day: 'numeric', month: 'long', year: 'numeric' });
const time = new Intl.DateTimeFormat('th-TH', { timeZone: BANGKOK, hour: '2-digit', minute: '2-digit', hour12: false });
const weekday = new Intl.DateTimeFormat('th-TH', { timeZone: BANGKOK, weekday: 'long' });
const monthYear = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { timeZone: BANGKOK, month: 'long', year: 'numeric' });
const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: BANGKOK, year: 'numeric', month: '2-digit', day: '2-digit' });

/** «5 ธ.ค. 2569» */
export function formatThaiDate(date: Date): string {
  return shortDate.format(date);
}

/** «5 ธันวาคม 2569» */
export function formatThaiLongDate(date: Date): string {
  return longDate.format(date);
}

/** «5 ธ.ค. 2569 14:30 น.» */
export function formatThaiDateTime(date: Date): string {
  return `${shortDate.format(date)} ${time.format(date)} น.`;
}

/** «14:30 น.» */
export function formatThaiTime(date: Date): string {
  return `${time.format(date)} น.`;
}

/** «วันศุกร์» */
export function formatThaiWeekday(date: Date): string {
  return weekday.format(date);
}

/** The Buddhist-era year in Bangkok: 2569 for most of 2026. */
export function buddhistYear(date: Date): number {
  return Number(isoDay.format(date).slice(0, 4)) + 543;
}

/** «มกราคม 2570» from `2027-01`. */
export function formatThaiMonth(yearMonth: string): string {
  return monthYear.format(new Date(`${yearMonth}-15T00:00:00+07:00`));
}

/** «2569-12-02»: the Bangkok day with the Buddhist year, sortable, for the names of downloaded files. */
export function buddhistDateStamp(date: Date): string {
  return `${buddhistYear(date)}${bangkokDay(date).slice(4)}`;
}

/** `YYYY-MM-DD` of the day in Bangkok (Gregorian), for day-keyed ledgers and filters. */
export function bangkokDay(date: Date): string {
  return isoDay.format(date);
}

/** The instant a Bangkok calendar day starts (Thailand has no daylight saving: UTC+7 all year). */
export function startOfBangkokDay(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}
