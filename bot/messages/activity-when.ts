import { formatThaiDate, formatThaiTime, formatThaiWeekday } from '../../domain/time/thai-time.ts';
import { bangkokDay } from '../../domain/time/thai-time.ts';

/** «วันศุกร์ 15 ม.ค. 2570 เวลา 09:00–12:00 น.»; over several days «15 ม.ค. 2570 09:00 น. – 16 ม.ค. 2570 16:00 น.». */
export function activityWhen(startAt: Date, endAt: Date): string {
  const start = new Date(startAt);
  const end = new Date(endAt);
  if (bangkokDay(start) === bangkokDay(end)) {
    return `${formatThaiWeekday(start)} ${formatThaiDate(start)} เวลา ${formatThaiTime(start).replace(' น.', '')}–${formatThaiTime(end)}`;
  }
  return `${formatThaiDate(start)} ${formatThaiTime(start)} – ${formatThaiDate(end)} ${formatThaiTime(end)}`;
}
