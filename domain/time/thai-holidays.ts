import { readFileSync } from 'node:fs';
import Holidays from 'date-holidays';
import { z } from 'zod';
import { bangkokDay } from './thai-time.ts';

const extraSchema = z.object({ days: z.array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), name: z.string().min(1) })) });
const EXTRA_FILE = new URL('../../data/holidays/th-extra.json', import.meta.url);

let extra: Map<string, string> | undefined;
const publicHolidays = new Holidays('TH', { types: ['public'] });

/**
 * Thai public holidays (the date-holidays package) plus the special days the cabinet announces
 * each year (data/holidays/th-extra.json), by Bangkok calendar day.
 */
export function thaiHolidayName(date: Date): string | undefined {
  extra ??= new Map(extraSchema.parse(JSON.parse(readFileSync(EXTRA_FILE, 'utf8'))).days.map((day) => [day.date, day.name]));
  const special = extra.get(bangkokDay(date));
  if (special) return special;
  const found = publicHolidays.isHoliday(date);
  return Array.isArray(found) ? found.find((holiday) => holiday.type === 'public')?.name : undefined;
}
