import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Holidays from 'date-holidays';
import { data } from 'date-holidays/data';
import { countryHolidayRules } from '../../scripts/lib/holiday-rules.ts';
import { THAI_HOLIDAY_RULES_FILE, thaiHolidayName } from '../../domain/time/thai-holidays.ts';
import { DAY_MS } from '../../domain/time/thai-time.ts';

describe("Thailand's holiday rules, extracted from date-holidays", () => {
  it('when date-holidays is installed, then the shipped rules are its rules for Thailand (else run npm run holidays:extract)', () => {
    const shipped: unknown = JSON.parse(readFileSync(THAI_HOLIDAY_RULES_FILE, 'utf8'));
    expect(shipped).toEqual(countryHolidayRules(data, 'TH'));
  });

  it('when every day of three years is checked, then the holidays are those the whole date-holidays package gives', () => {
    const whole = new Holidays('TH', { types: ['public'] });
    const differences: string[] = [];
    for (let time = Date.UTC(2025, 11, 31, 17); time < Date.UTC(2028, 11, 31, 17); time += DAY_MS) {
      const day = new Date(time + 5 * 3_600_000); // 05:00 in Bangkok
      const found = whole.isHoliday(day);
      const expected = Array.isArray(found) ? found.find((holiday) => holiday.type === 'public')?.name : undefined;
      const name = thaiHolidayName(day);
      // The shipped extra days (cabinet announcements) come first; only the package's own days are compared.
      if (expected !== undefined && name !== expected) differences.push(`${day.toISOString()}: ${name} ≠ ${expected}`);
    }
    expect(differences).toEqual([]);
  });
});
