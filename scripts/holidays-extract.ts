/**
 * `npm run holidays:extract`: writes Thailand's public-holiday rules from the date-holidays
 * package to data/holidays/th-date-holidays.json. The bot reads only that file (with
 * date-holidays-parser), instead of loading the package's rules for every country (3.5 MB of heap
 * and 11 MB of RSS more). Run it after updating date-holidays; a unit test fails until then.
 */
import { writeFileSync } from 'node:fs';
import { data } from 'date-holidays/data';
import { countryHolidayRules } from './lib/holiday-rules.ts';
import { THAI_HOLIDAY_RULES_FILE } from '../domain/time/thai-holidays.ts';

writeFileSync(THAI_HOLIDAY_RULES_FILE, `${JSON.stringify(countryHolidayRules(data, 'TH'), null, 2)}\n`);
console.log(`wrote data/holidays/th-date-holidays.json (date-holidays data ${data.version}, ${data.license})`);
