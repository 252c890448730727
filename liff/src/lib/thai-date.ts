import { bangkokDay, buddhistDateStamp as stamp, formatThaiDate, formatThaiTime } from '../../../domain/time/thai-time.ts';

/**
 * The pages' dates, from the one set of Thai formatters the bot also uses (domain/time/thai-time.ts,
 * pure, so it bundles into the LIFF): Buddhist year, Thai month names, Bangkok time. The pages take
 * the API's ISO strings as they come.
 */
export { DAY_MS, formatThaiMonth } from '../../../domain/time/thai-time.ts';

/** «14 มี.ค. 2568» */
export function thaiDate(iso: string | Date): string {
  return formatThaiDate(new Date(iso));
}

/** «14 มี.ค. 2568 เวลา 09:30 น.»: the pages spell out «เวลา» between the day and the hour. */
export function thaiDateTime(iso: string | Date): string {
  return `${thaiDate(iso)} เวลา ${thaiTime(iso)}`;
}

/** «09:30 น.» */
export function thaiTime(iso: string | Date): string {
  return formatThaiTime(new Date(iso));
}

/** Today in Bangkok as YYYY-MM-DD (what `<input type="date">` and the API filters take). */
export function bangkokToday(now = new Date()): string {
  return bangkokDay(now);
}

/** «2569-12-02» for today: the names of downloaded files. */
export function buddhistDateStamp(now = new Date()): string {
  return stamp(now);
}
