import { thaiHolidayName } from '../time/thai-holidays.ts';
import { addDays, bangkokDay, startOfBangkokDay } from '../time/thai-time.ts';
import { halfContaining, previousPeriod, type ReportPeriod } from './report-period.ts';

const SATURDAY = 6;
const SUNDAY = 0;

/** Monday to Friday in Bangkok and not a Thai public holiday or an announced day off. */
export function isWorkingDay(day: string): boolean {
  const noon = new Date(`${day}T12:00:00+07:00`);
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday !== SATURDAY && weekday !== SUNDAY && thaiHolidayName(noon) === undefined;
}

/** The first working day on or after `day` (YYYY-MM-DD, Bangkok). */
export function firstWorkingDayFrom(day: string): string {
  let candidate = day;
  while (!isWorkingDay(candidate)) candidate = bangkokDay(addDays(startOfBangkokDay(candidate), 1));
  return candidate;
}

/** The report of a period is due on the first working day after its last day. */
export function reportDay(period: ReportPeriod): string {
  return firstWorkingDayFrom(bangkokDay(period.end));
}

/**
 * The fiscal half whose report is due by `at`: the latest one whose report day has come. Until
 * the first working day after 31 March it is still the half that ended in September.
 */
export function halfToReport(at: Date): ReportPeriod {
  const ended = previousPeriod(halfContaining(at));
  return bangkokDay(at) >= reportDay(ended) ? ended : previousPeriod(ended);
}
