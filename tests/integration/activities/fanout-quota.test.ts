import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../../helpers/bot-harness.ts';
import { DECEMBER_25, activityJobServices, logger, makeActivity, person, scheduleCarousels, subscriber } from '../../helpers/activity-fixtures.ts';
import { runJobOnce } from '../../../infra/jobs/job-runner.ts';
import { monthlyScheduleJob } from '../../../jobs/monthly-schedule.ts';

/** The account may send 9 messages this month; 2 are kept back (the staff report needs one). */
const bot = useBotHarness({}, { monthlyMessageQuota: 9 });
const clock = () => DECEMBER_25;

describe('a monthly push beyond the message quota', () => {
  it('when the quota cannot reach everyone, then officers get it first, then subscribers near their activity, the shortfall is recorded and staff are told in LINE', async () => {
    const services = activityJobServices(bot, clock, { quotaReserve: 2 });
    const officers = [await person(bot, 'เจ้าหน้าที่ 1', 'officer', 'MUN-7201'), await person(bot, 'เจ้าหน้าที่ 2', 'officer', 'SAO-720103')];
    const staff = await person(bot, 'เจ้าหน้าที่ศูนย์', 'staff');
    const local = [1, 2, 3].map((i) => subscriber(bot, `ชาวบ้านทับตีเหล็ก ${i}`, { districtCode: '7201', subdistrictCode: '720103' }));
    const distant = [1, 2, 3, 4].map((i) => subscriber(bot, `ชาวบ้านสามชุก ${i}`, { districtCode: '7208' }));
    const [near, far] = [await Promise.all(local), await Promise.all(distant)];
    await makeActivity(services, clock, { title: 'อบรมทั้งจังหวัด' });
    await makeActivity(services, clock, { title: 'เวทีทับตีเหล็ก', type: 'forum', areaScope: 'subdistrict', areaCode: '720103' });

    const run = await runJobOnce(monthlyScheduleJob, services, { period: '2027-01', trigger: 'schedule', now: clock, logger });
    expect(run.status === 'ran' && run.result).toMatchObject({ recipients: 7, officers: 2, subscribers: 5, shortfall: { officers: 0, subscribers: 2 }, budget: 7, failed: 0 });
    for (const officer of officers) expect(scheduleCarousels(bot, officer.userId)).toHaveLength(1);
    for (const villager of near) expect(scheduleCarousels(bot, villager.userId)).toHaveLength(1);
    expect(far.filter((villager) => scheduleCarousels(bot, villager.userId).length === 1)).toHaveLength(2);

    const report = JSON.stringify(await staff.waitFor('รายงานส่งตารางกิจกรรม'));
    expect(report).toContain('โควตาไม่พอ: ยังไม่ได้ส่ง 2 คน (เจ้าหน้าที่ 0, สมาชิก 2)');
    expect(report).toContain('โควตาข้อความคงเหลือ 2 จาก 9');
  });
});
