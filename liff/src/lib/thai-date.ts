import { bangkokDay, buddhistDateStamp as stamp } from '../../../domain/time/thai-time.ts';

/** Dates as Thai readers expect them: Buddhist year (พ.ศ.), Thai month names, Bangkok time. */
const dateFormat = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Asia/Bangkok' });
const timeFormat = new Intl.DateTimeFormat('th-TH', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Bangkok' });

export { DAY_MS, formatThaiMonth as thaiMonth } from '../../../domain/time/thai-time.ts';

/** «14 มี.ค. 2568» */
export function thaiDate(iso: string | Date): string {
  return dateFormat.format(new Date(iso));
}

/** «14 มี.ค. 2568 เวลา 09:30 น.» */
export function thaiDateTime(iso: string | Date): string {
  return `${thaiDate(iso)} เวลา ${thaiTime(iso)}`;
}

/** «09:30 น.» */
export function thaiTime(iso: string | Date): string {
  return `${timeFormat.format(new Date(iso))} น.`;
}

/** Today in Bangkok as YYYY-MM-DD (what `<input type="date">` and the API filters take). */
export function bangkokToday(now = new Date()): string {
  return bangkokDay(now);
}

/** «2569-12-02» for today: the names of downloaded files. */
export function buddhistDateStamp(now = new Date()): string {
  return stamp(now);
}
