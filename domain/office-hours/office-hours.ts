import { thaiHolidayName } from '../time/thai-holidays.ts';

/**
 * Office hours from a short spec: `mon-fri 08:30-16:30`, `mon-fri 08:30-12:00,13:00-16:30; sat 09:00-12:00`,
 * `mon-sun 00:00-24:00` for always. Asia/Bangkok; Thai public holidays are closed unless the
 * spec is round the clock. Pure apart from the holiday list.
 */
export type OfficeHours = { spans: { days: Set<number>; from: number; to: number }[]; alwaysOpen: boolean; spec: string };

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const BANGKOK_OFFSET_MS = 7 * 60 * 60_000;
const DAY_MINUTES = 24 * 60;

export function parseOfficeHours(spec: string): OfficeHours {
  const spans: OfficeHours['spans'] = [];
  for (const part of spec.split(';').map((text) => text.trim()).filter(Boolean)) {
    const match = /^([a-z]{3})(?:-([a-z]{3}))?\s+(.+)$/i.exec(part);
    if (!match) throw new Error(`office hours "${part}": expected e.g. "mon-fri 08:30-16:30"`);
    const days = dayRange(match[1]!.toLowerCase(), (match[2] ?? match[1]!).toLowerCase());
    for (const range of match[3]!.split(',')) {
      const times = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(range.trim());
      if (!times) throw new Error(`office hours "${range}": expected HH:MM-HH:MM`);
      const from = Number(times[1]) * 60 + Number(times[2]);
      const to = Number(times[3]) * 60 + Number(times[4]);
      if (from >= to || to > DAY_MINUTES) throw new Error(`office hours "${range}": the end must come after the start, at most 24:00`);
      spans.push({ days, from, to });
    }
  }
  if (spans.length === 0) throw new Error('office hours: no opening time given');
  const alwaysOpen = spans.some((span) => span.days.size === 7 && span.from === 0 && span.to === DAY_MINUTES);
  return { spans, alwaysOpen, spec };
}

function dayRange(first: string, last: string): Set<number> {
  const start = DAYS.indexOf(first);
  const end = DAYS.indexOf(last);
  if (start < 0 || end < 0) throw new Error(`office hours: unknown day "${start < 0 ? first : last}" (use mon, tue, wed, thu, fri, sat, sun)`);
  const days = new Set<number>();
  for (let day = start; ; day = (day + 1) % 7) {
    days.add(day);
    if (day === end) return days;
  }
}

/** Bangkok day of week (0 = Sunday) and minute of the day. */
function localTime(at: Date): { weekday: number; minute: number; dayStart: number } {
  const local = new Date(at.getTime() + BANGKOK_OFFSET_MS);
  const dayStart = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - BANGKOK_OFFSET_MS;
  return { weekday: local.getUTCDay(), minute: local.getUTCHours() * 60 + local.getUTCMinutes(), dayStart };
}

export function isOpen(hours: OfficeHours, at: Date): boolean {
  if (hours.alwaysOpen) return true;
  if (thaiHolidayName(at)) return false;
  const { weekday, minute } = localTime(at);
  return hours.spans.some((span) => span.days.has(weekday) && minute >= span.from && minute < span.to);
}

/** When the office next opens after `at` (at itself when open), skipping holidays; within two weeks. */
export function nextOpening(hours: OfficeHours, at: Date): Date | null {
  if (isOpen(hours, at)) return at;
  const { dayStart, minute } = localTime(at);
  for (let day = 0; day < 15; day++) {
    const start = dayStart + day * DAY_MINUTES * 60_000;
    const weekday = localTime(new Date(start)).weekday;
    if (thaiHolidayName(new Date(start + 12 * 60 * 60_000))) continue;
    const opens = hours.spans
      .filter((span) => span.days.has(weekday) && (day > 0 || span.from > minute))
      .map((span) => span.from)
      .sort((a, b) => a - b)[0];
    if (opens !== undefined) return new Date(start + opens * 60_000);
  }
  return null;
}
