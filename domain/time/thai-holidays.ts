// The parser ships its types without naming them in its package.json.
/// <reference path="../../node_modules/date-holidays-parser/types/index.d.ts" />
import { readFileSync } from 'node:fs';
import HolidaysParser from 'date-holidays-parser';
import { z } from 'zod';
import { bangkokDay } from './thai-time.ts';

const extraSchema = z.object({ days: z.array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), name: z.string().min(1) })) });
const EXTRA_FILE = new URL('../../data/holidays/th-extra.json', import.meta.url);

/** Thailand's rules from date-holidays (npm run holidays:extract), not the package's rules for every country. */
export const THAI_HOLIDAY_RULES_FILE = new URL('../../data/holidays/th-date-holidays.json', import.meta.url);

let extra: Map<string, string> | undefined;
let rules: HolidaysParser | undefined;
const publicHolidays = () => (rules ??= new HolidaysParser(JSON.parse(readFileSync(THAI_HOLIDAY_RULES_FILE, 'utf8')) as object, 'TH', { types: ['public'] }));

/**
 * Thai public holidays (date-holidays' rules for Thailand, read by date-holidays-parser) plus the
 * special days the cabinet announces each year (data/holidays/th-extra.json), by Bangkok calendar day.
 */
export function thaiHolidayName(date: Date): string | undefined {
  extra ??= new Map(extraSchema.parse(JSON.parse(readFileSync(EXTRA_FILE, 'utf8'))).days.map((day) => [day.date, day.name]));
  const special = extra.get(bangkokDay(date));
  if (special) return special;
  const found = publicHolidays().isHoliday(date);
  return Array.isArray(found) ? found.find((holiday) => holiday.type === 'public')?.name : undefined;
}
