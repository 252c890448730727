import { thaiDate, thaiDateTime, thaiTime } from '../../lib/thai-date.ts';
import type { ConsultationView } from './consultation-api.ts';

/** «12 นาที», «1 ชม. 5 นาที» */
export function minutesLabel(minutes: number): string {
  if (minutes < 60) return `${minutes} นาที`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest > 0 ? `${hours} ชม. ${rest} นาที` : `${hours} ชม.`;
}

/** How long the villager has waited for someone (waiting), or since the last line (active). */
export function waitingLabel(item: Pick<ConsultationView, 'status' | 'waitingMinutes'>): string {
  const minutes = item.waitingMinutes;
  if (item.status === 'waiting') return minutes < 1 ? 'เพิ่งส่งมา' : `รอมา ${minutesLabel(minutes)}`;
  if (item.status === 'active') return minutes < 1 ? 'คุยกันล่าสุดเมื่อสักครู่' : `คุยกันล่าสุด ${minutesLabel(minutes)}ที่แล้ว`;
  return 'จบการสนทนาแล้ว';
}

/** A wait long enough that the queue should draw the eye to it. */
export const LONG_WAIT_MINUTES = 10;

/** Today only the time («09:30 น.»); another day with its date. */
export function sentAtLabel(iso: string, now = new Date()): string {
  return thaiDate(iso) === thaiDate(now) ? thaiTime(iso) : thaiDateTime(iso);
}
