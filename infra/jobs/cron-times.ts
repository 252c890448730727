import cron from 'node-cron';
import { DAY_MS } from '../../domain/time/thai-time.ts';

const BANGKOK_OFFSET_MS = 7 * 60 * 60_000;
const MINUTE_MS = 60_000;
/** Long enough to find the last fire of a monthly job. */
const LOOK_BACK_DAYS = 45;

/**
 * The most recent time at or before `now` that `expression` (five fields, Asia/Bangkok, which
 * keeps UTC+7 all year) fires: what a restarted service must catch up on. Walks back day by day,
 * then through that day's hours and minutes, so it costs microseconds, not a scan of every minute.
 */
export function lastScheduledTime(expression: string, now: Date): Date | null {
  const fields = cron.parse(expression);
  const minutes = new Set(fields.minute);
  const hours = [...fields.hour].sort((a, b) => b - a);
  const local = new Date(now.getTime() + BANGKOK_OFFSET_MS);
  const todayStart = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  for (let day = 0; day <= LOOK_BACK_DAYS; day++) {
    const dayStart = new Date(todayStart - day * DAY_MS);
    if (!matchesDay(fields, dayStart)) continue;
    for (const hour of hours) {
      for (let minute = 59; minute >= 0; minute--) {
        if (!minutes.has(minute)) continue;
        const fireLocal = dayStart.getTime() + hour * 60 * MINUTE_MS + minute * MINUTE_MS;
        const fire = fireLocal - BANGKOK_OFFSET_MS;
        if (fire <= now.getTime()) return new Date(fire);
      }
    }
  }
  return null;
}

/** Cron's day rule: with both day-of-month and day-of-week restricted, either may match. */
function matchesDay(fields: ReturnType<typeof cron.parse>, dayStartLocal: Date): boolean {
  if (!fields.month.includes(dayStartLocal.getUTCMonth() + 1)) return false;
  const domAll = fields.dayOfMonth.length >= 31;
  const dowAll = fields.dayOfWeek.length >= 7;
  const dom = fields.dayOfMonth.map(Number).includes(dayStartLocal.getUTCDate());
  const dow = fields.dayOfWeek.map(Number).includes(dayStartLocal.getUTCDay());
  if (domAll && dowAll) return true;
  if (domAll) return dow;
  if (dowAll) return dom;
  return dom || dow;
}
