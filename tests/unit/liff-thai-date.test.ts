import { describe, expect, it } from 'vitest';
import { bangkokToday, buddhistDateStamp, thaiDate, thaiDateTime, formatThaiMonth, thaiTime } from '../../liff/src/lib/thai-date.ts';
import { formatThaiDate, formatThaiTime } from '../../domain/time/thai-time.ts';

describe('LIFF dates', () => {
  it('when a file is downloaded just after midnight in Bangkok, then its name carries that Bangkok day with the Buddhist year', () => {
    const justAfterMidnight = new Date('2026-12-31T17:30:00Z'); // 00:30 on 1 Jan 2027 in Bangkok
    expect(bangkokToday(justAfterMidnight)).toBe('2027-01-01');
    expect(buddhistDateStamp(justAfterMidnight)).toBe('2570-01-01');
  });

  it('when a date is shown, then it is in Thai with the Buddhist year', () => {
    expect(thaiDate('2026-03-14T02:30:00Z')).toBe('14 มี.ค. 2569');
    expect(formatThaiMonth('2027-01')).toBe('มกราคม 2570');
  });

  it('when an instant is shown, then the hour is Bangkok time on the Bangkok day, written as the bot writes it', () => {
    const lateEvening = '2026-03-14T16:05:00Z'; // 23:05 on 14 Mar in Bangkok
    expect(thaiTime(lateEvening)).toBe('23:05 น.');
    expect(thaiDateTime(lateEvening)).toBe('14 มี.ค. 2569 เวลา 23:05 น.');
    expect(thaiDateTime('2026-03-14T17:05:00Z')).toBe('15 มี.ค. 2569 เวลา 00:05 น.');
    const at = new Date(lateEvening);
    expect([thaiDate(at), thaiTime(at)]).toEqual([formatThaiDate(at), formatThaiTime(at)]);
  });
});
