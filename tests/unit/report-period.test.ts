import { describe, expect, it } from 'vitest';
import { halfContaining, parsePeriod, periodSlug, previousPeriod } from '../../domain/reports/report-period.ts';
import { changeOf, formatChange, formatValue } from '../../domain/reports/report-format.ts';

const iso = (date: Date) => date.toISOString();

describe('report periods (Thai fiscal halves, Asia/Bangkok)', () => {
  it('when 2570-H1 is named, then it is 1 Oct 2026 00:00 to 1 Apr 2027 00:00 Bangkok time', () => {
    const period = parsePeriod('2570-H1')!;
    expect([iso(period.start), iso(period.end)]).toEqual(['2026-09-30T17:00:00.000Z', '2027-03-31T17:00:00.000Z']);
    expect(period.label).toBe('ครึ่งปีแรก ปีงบประมาณ 2570 (1 ต.ค. 2569 – 31 มี.ค. 2570)');
    const h2 = parsePeriod('2570-H2')!;
    expect([iso(h2.start), iso(h2.end)]).toEqual(['2027-03-31T17:00:00.000Z', '2027-09-30T17:00:00.000Z']);
  });

  it('when an instant is near a boundary, then the half is the one of its Bangkok day', () => {
    expect(halfContaining(new Date('2026-09-30T16:59:59Z')).name).toBe('2569-H2');
    expect(halfContaining(new Date('2026-09-30T17:00:00Z')).name).toBe('2570-H1');
    expect(halfContaining(new Date('2027-03-31T17:00:00Z')).name).toBe('2570-H2');
  });

  it('when the previous period is asked, then a half gives the half before and a range the same days just before', () => {
    expect(previousPeriod(parsePeriod('2570-H1')!).name).toBe('2569-H2');
    expect(previousPeriod(parsePeriod('2570-H2')!).name).toBe('2570-H1');
    const range = parsePeriod('2027-01-01..2027-01-31')!;
    expect(previousPeriod(range).name).toBe('2026-12-01..2026-12-31');
    expect(periodSlug(range)).toBe('2570-01-01_2570-01-31');
    expect(periodSlug(parsePeriod('2026-12-31..2027-01-01')!)).toBe('2569-12-31_2570-01-01');
    expect(periodSlug(parsePeriod('2570-H1')!)).toBe('2570-H1');
  });

  it('when the text is not a period, then null', () => {
    for (const text of ['2570-H3', '2570', '2027-02-30..2027-03-01', '2027-03-01..2027-02-01', 'H1']) expect(parsePeriod(text)).toBeNull();
  });
});

describe('report figures in Thai', () => {
  it('when a figure changes, then the change reads with its sign, points for shares and a share for counts', () => {
    expect(formatChange({ current: 6, previous: 4 }, 'count')).toBe('+2 (+50.0%)');
    expect(formatChange({ current: 33.3, previous: 50 }, 'percent')).toBe('−16.7 จุด');
    expect(formatChange({ current: 3, previous: 0 }, 'count')).toBe('+3');
    expect(formatChange({ current: null, previous: 4 }, 'count')).toBe('–');
    expect(formatValue(1234, 'count')).toBe('1,234');
    expect(formatValue(13, 'hours')).toBe('13.0 ชม.');
    expect(changeOf({ current: 2, previous: 2 }, 'days')).toEqual({ delta: 0, relative: null });
  });
});

describe('the report day (first working day after a half, Thai holidays counted)', () => {
  it('when a half ends before a weekend, then its report waits for Monday, and the half before stays due until then', async () => {
    const { halfToReport, isWorkingDay, reportDay } = await import('../../domain/reports/report-schedule.ts');
    expect(reportDay(parsePeriod('2570-H1')!)).toBe('2027-04-01');
    expect(reportDay(parsePeriod('2571-H1')!)).toBe('2028-04-03');
    expect(halfToReport(new Date('2028-04-01T01:00:00Z')).name).toBe('2570-H2');
    expect(halfToReport(new Date('2028-04-03T01:00:00Z')).name).toBe('2571-H1');
    expect(isWorkingDay('2026-12-10')).toBe(false);
    expect(isWorkingDay('2026-12-07')).toBe(false);
    expect(isWorkingDay('2026-12-08')).toBe(true);
  });
});

describe('free text in the staff report', () => {
  it('when a reason or a question holds a phone number, a LINE id or an e-mail, then it is masked', async () => {
    const { redactContacts } = await import('../../domain/reports/redact.ts');
    expect(redactContacts('โทร 081-234-5678 หรือ 0891234567 ด่วน')).toBe('โทร [เบอร์โทร] หรือ [เบอร์โทร] ด่วน');
    expect(redactContacts('ผู้แจ้ง U1a2b3c4d5e6f70811223344556677889 somchai@example.com')).toBe('ผู้แจ้ง [LINE id] [อีเมล]');
    expect(redactContacts('ถนนสาย 3502 กม. 12')).toBe('ถนนสาย 3502 กม. 12');
  });
});
