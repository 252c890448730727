import { describe, expect, it } from 'vitest';
import { bangkokToday, buddhistDateStamp, thaiDate, thaiMonth } from '../../liff/src/lib/thai-date.ts';

describe('LIFF dates', () => {
  it('when a file is downloaded just after midnight in Bangkok, then its name carries that Bangkok day with the Buddhist year', () => {
    const justAfterMidnight = new Date('2026-12-31T17:30:00Z'); // 00:30 on 1 Jan 2027 in Bangkok
    expect(bangkokToday(justAfterMidnight)).toBe('2027-01-01');
    expect(buddhistDateStamp(justAfterMidnight)).toBe('2570-01-01');
  });

  it('when a date is shown, then it is in Thai with the Buddhist year', () => {
    expect(thaiDate('2026-03-14T02:30:00Z')).toBe('14 มี.ค. 2569');
    expect(thaiMonth('2027-01')).toBe('มกราคม 2570');
  });
});
