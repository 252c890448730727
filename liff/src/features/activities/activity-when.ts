import { thaiDate, thaiTime } from '../../lib/thai-date.ts';

const weekday = new Intl.DateTimeFormat('th-TH', { weekday: 'short', timeZone: 'Asia/Bangkok' });
const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' });

/** «ศ. 15 ม.ค. 2570 · 09:00–12:00 น.», or both ends over several days. */
export function activityWhen(startAt: string, endAt: string): string {
  if (day.format(new Date(startAt)) === day.format(new Date(endAt))) {
    return `${weekday.format(new Date(startAt))} ${thaiDate(startAt)} · ${thaiTime(startAt).replace(' น.', '')}–${thaiTime(endAt)}`;
  }
  return `${thaiDate(startAt)} ${thaiTime(startAt)} – ${thaiDate(endAt)} ${thaiTime(endAt)}`;
}
