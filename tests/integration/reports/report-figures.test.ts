import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../helpers/database.ts';
import { seedReportData } from '../../helpers/report-seed.ts';
import { caseFigures } from '../../../domain/reports/case-figures.ts';
import { faqFigures } from '../../../domain/reports/faq-figures.ts';
import { activityFigures, subscriberFigures } from '../../../domain/reports/activity-figures.ts';
import { parsePeriod, previousPeriod } from '../../../domain/reports/report-period.ts';

useTestDatabase();
const HOUR = 3_600_000;
const H1 = parsePeriod('2570-H1')!;
const H2_BEFORE = previousPeriod(H1);

beforeAll(async () => {
  await seedReportData();
});

describe('report figures from seeded cases (2570-H1 against 2569-H2, Bangkok boundaries)', () => {
  it('when cases fall on the first and last minute of a period, then they count in that period only', async () => {
    const figures = await caseFigures(H1);
    expect({ received: figures.received, resolved: figures.resolved, closed: figures.closed, openAtEnd: figures.openAtEnd }).toEqual({ received: 6, resolved: 3, closed: 4, openAtEnd: 2 });
    expect({ onTime: figures.onTime, overdue: figures.overdue, escalated: figures.escalated, anonymised: figures.anonymised }).toEqual({ onTime: 1, overdue: 3, escalated: 1, anonymised: 1 });
    expect({ forwarded: figures.forwarded, rejected: figures.rejected, reopened: figures.reopened }).toEqual({ forwarded: 1, rejected: 1, reopened: 1 });
    expect(figures.forwardReasons).toEqual([{ reason: 'อยู่ในเขตเทศบาลตำบล', count: 1 }]);
    expect(figures.rejectReasons).toEqual([{ reason: 'ไม่อยู่ในอำนาจหน้าที่', count: 1 }]);
  });

  it('when times are interpolated percentiles, then median and p90 are exact', async () => {
    const figures = await caseFigures(H1);
    expect(figures.acceptMs).toEqual({ count: 4, median: 13 * HOUR, p90: 24.7 * HOUR });
    expect(figures.resolveMs.count).toBe(3);
    expect(figures.resolveMs.median).toBe(240 * HOUR);
    expect(figures.resolveMs.p90).toBeCloseTo(259.2 * HOUR, 0);
    expect(figures.ratings).toEqual({ count: 2, sum: 7, distribution: [0, 1, 0, 0, 1] });
  });

  it('when broken down, then each category, kind and district adds up', async () => {
    const figures = await caseFigures(H1);
    expect(figures.byCategory.map(({ key, received, resolved, openAtEnd }) => [key, received, resolved, openAtEnd])).toEqual([
      ['consult-law', 1, 0, 0], ['drainage', 1, 1, 0], ['road', 2, 1, 1], ['streetlight', 0, 1, 0], ['tree', 1, 0, 0], ['waste', 1, 0, 1],
    ]);
    expect(figures.byKind.map(({ key, received, resolved, openAtEnd }) => [key, received, resolved, openAtEnd])).toEqual([['consultation', 1, 0, 0], ['problem', 5, 3, 2]]);
    expect(figures.byDistrict.map(({ key, received }) => [key, received])).toEqual([['7201', 5], ['7209', 1]]);
  });

  it('when the previous period is asked, then it has its own figures', async () => {
    const figures = await caseFigures(H2_BEFORE);
    expect({ received: figures.received, resolved: figures.resolved, closed: figures.closed, openAtEnd: figures.openAtEnd, onTime: figures.onTime, overdue: figures.overdue, rejected: figures.rejected }).toEqual({ received: 4, resolved: 2, closed: 3, openAtEnd: 1, onTime: 1, overdue: 1, rejected: 1 });
    expect(figures.acceptMs).toEqual({ count: 2, median: 3.5 * HOUR, p90: 5.5 * HOUR });
    expect(figures.resolveMs.median).toBe(144 * HOUR);
    expect(figures.ratings).toEqual({ count: 2, sum: 7, distribution: [0, 0, 1, 1, 0] });
  });

  it('when the FAQ log is counted, then each outcome, vote, gap and new entry is in its period', async () => {
    const current = await faqFigures(H1);
    expect(current).toEqual({
      asked: 10, answered: 5, clarified: 2, clarifyOpen: 1, unanswered: 2, helpful: 3, notHelpful: 1,
      topUnanswered: [{ title: 'ขอใบอนุญาตเลี้ยงไก่ชนที่ไหน', count: 3 }, { title: 'รถขยะมาวันไหน', count: 1 }],
      entriesAdded: 2,
      newEntries: [{ faqId: 'seed-new-2', question: 'ตารางรถเก็บขยะ' }, { faqId: 'seed-new-1', question: 'ขอใบอนุญาตเลี้ยงไก่ชน' }],
    });
    const before = await faqFigures(H2_BEFORE);
    expect({ asked: before.asked, answered: before.answered, unanswered: before.unanswered, helpful: before.helpful, entriesAdded: before.entriesAdded }).toEqual({ asked: 4, answered: 3, unanswered: 1, helpful: 1, entriesAdded: 1 });
  });

  it('when activities, ratings, visits and subscriptions are counted, then each is in its period', async () => {
    expect(await activityFigures(H1)).toEqual({
      missing: null, held: 2, registrations: 35, attendanceRatings: { count: 2, sum: 9 }, mobileVisits: 1, mobileQuestions: 3, mobileCases: 1,
      byTopic: [{ key: 'law', label: 'กฎหมาย', count: 1 }, { key: 'public-health', label: 'สาธารณสุข', count: 1 }],
      byType: [{ key: 'mobile-unit', label: 'หน่วยบริการเคลื่อนที่', count: 1 }, { key: 'training', label: 'อบรม', count: 1 }],
    });
    expect(await activityFigures(H2_BEFORE)).toMatchObject({ held: 1, registrations: 5, attendanceRatings: { count: 1, sum: 3 }, mobileVisits: 0 });
    const names: Record<string, string> = { '7201': 'เมืองสุพรรณบุรี', '7209': 'อู่ทอง' };
    const now = await subscriberFigures(H1, (code) => names[code]);
    expect(now).toMatchObject({ missing: null, total: 3, pushesSent: 200, quotaShortfall: 7 });
    expect(now.byArea.map((row) => [row.key, row.count])).toEqual([['officers', 1], ['7201', 1], ['7209', 1]]);
    expect(now.byTopic.map((row) => [row.label, row.count])).toEqual([['กฎหมาย', 1], ['ทุกหัวข้อ', 1]]);
    const before = await subscriberFigures(H2_BEFORE, (code) => names[code]);
    expect(before).toMatchObject({ total: 3, pushesSent: 50, quotaShortfall: 0 });
    expect(before.byTopic.map((row) => [row.label, row.count])).toEqual([['กฎหมาย', 1], ['ทุกหัวข้อ', 1], ['สิ่งแวดล้อม', 1]]);
  });
});
