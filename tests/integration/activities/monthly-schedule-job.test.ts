import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../../helpers/bot-harness.ts';
import { DECEMBER_25, activityJobServices, logger, makeActivity, person, scheduleCarousels, settle, subscriber } from '../../helpers/activity-fixtures.ts';
import { runJobOnce } from '../../../infra/jobs/job-runner.ts';
import { startJobScheduler } from '../../../infra/jobs/job-scheduler.ts';
import { monthlyScheduleJob } from '../../../jobs/monthly-schedule.ts';
import { stopSubscription } from '../../../domain/subscriptions/subscription-store.ts';
import { ActivitySendModel } from '../../../models/activity-send.ts';
import { JobRunModel } from '../../../models/job-run.ts';

const bot = useBotHarness({ FLOOD_BURST_MESSAGES: '200', FLOOD_MESSAGES_PER_MINUTE: '2000' });
const clock = () => DECEMBER_25;

function titlesIn(message: unknown): string[] {
  const text = JSON.stringify(message);
  return ['อบรมกฎหมายท้องถิ่น', 'เวทีขยะชุมชนรั้วใหญ่', 'ประชุมเจ้าหน้าที่เทศบาล', 'ร่างยังไม่เผยแพร่'].filter((title) => text.includes(title));
}

describe('the monthly-schedule job', () => {
  it('when the 25th comes, then officers per office and subscribers per area and topic each get next month’s activities for them in one carousel, once', async () => {
    const services = activityJobServices(bot, clock);
    const officer = await person(bot, 'เจ้าหน้าที่เทศบาลเมือง', 'officer', 'MUN-7201');
    const staff = await person(bot, 'เจ้าหน้าที่ศูนย์', 'staff');
    const nearby = await subscriber(bot, 'ชาวบ้านรั้วใหญ่', { districtCode: '7201', subdistrictCode: '720103' });
    const greenOnly = await subscriber(bot, 'ชาวบ้านสนใจสิ่งแวดล้อม', { districtCode: '7201' }, ['environment']);
    const farAway = await subscriber(bot, 'ชาวบ้านสามชุก', { districtCode: '7208' });
    const stopped = await subscriber(bot, 'ชาวบ้านเลิกรับข่าว', { districtCode: '7201' });
    await stopSubscription(stopped.userId, 'opt-out', new Date());
    await makeActivity(services, clock, { title: 'อบรมกฎหมายท้องถิ่น' });
    await makeActivity(services, clock, { title: 'เวทีขยะชุมชนรั้วใหญ่', type: 'forum', topic: 'environment', areaScope: 'subdistrict', areaCode: '720103', start: '2027-01-20T13:00', end: '2027-01-20T16:00' });
    await makeActivity(services, clock, { title: 'ประชุมเจ้าหน้าที่เทศบาล', type: 'meeting', audience: 'officers', areaScope: 'office', areaCode: 'MUN-7201' });
    await makeActivity(services, clock, { title: 'ร่างยังไม่เผยแพร่' }, false);
    await makeActivity(services, clock, { title: 'อบรมเดือนธันวาคม', start: '2026-12-28T09:00', end: '2026-12-28T12:00' });

    const runs = await Promise.all([1, 2].map(() => runJobOnce(monthlyScheduleJob, services, { period: '2027-01', trigger: 'schedule', now: clock, logger })));
    expect(runs.map((run) => run.status).sort()).toEqual(['ran', 'skipped']);
    const ran = runs.find((run) => run.status === 'ran');
    expect(ran && ran.status === 'ran' && ran.result).toMatchObject({ activities: 3, recipients: 4, officers: 1, subscribers: 3, segments: 4, batches: 4, delivered: 4, failed: 0 });

    const report = await staff.waitFor('รายงานส่งตารางกิจกรรม มกราคม 2570');
    expect(JSON.stringify(report)).toContain('ส่งถึง 4 คน (เจ้าหน้าที่ 1, สมาชิก 3) ใน 4 กลุ่ม 4 ชุด');
    expect(JSON.stringify(report)).toContain('ไม่จำกัด');
    const expected: [typeof officer, string[]][] = [
      [officer, ['อบรมกฎหมายท้องถิ่น', 'ประชุมเจ้าหน้าที่เทศบาล']],
      [nearby, ['อบรมกฎหมายท้องถิ่น', 'เวทีขยะชุมชนรั้วใหญ่']],
      [greenOnly, ['เวทีขยะชุมชนรั้วใหญ่']],
      [farAway, ['อบรมกฎหมายท้องถิ่น']],
    ];
    for (const [user, titles] of expected) {
      const carousels = scheduleCarousels(bot, user.userId);
      expect(carousels, user.userId).toHaveLength(1);
      expect(titlesIn(carousels[0]!.message)).toEqual(titles);
      expect(JSON.stringify(carousels[0]!.message)).toContain('ม.ค. 2570');
      expect(JSON.stringify(carousels[0]!.message)).not.toContain('อบรมเดือนธันวาคม');
    }
    expect(scheduleCarousels(bot, stopped.userId)).toHaveLength(0);

    // A later fire of the same month, another instance, or npm run job: the period is done.
    expect((await runJobOnce(monthlyScheduleJob, services, { period: '2027-01', trigger: 'manual', now: clock, logger })).status).toBe('skipped');
    await settle();
    for (const [user] of expected) expect(scheduleCarousels(bot, user.userId)).toHaveLength(1);
  });

  it('when two instances start after the scheduled time, then the missed month is caught up once, and a later restart does not run it again', async () => {
    const late = new Date('2027-01-25T05:00:00Z');
    const services = activityJobServices(bot, () => late);
    const viewer = await subscriber(bot, 'ชาวบ้านหลังรีสตาร์ต', { districtCode: '7208' });
    await makeActivity(services, () => late, { title: 'อบรมกุมภาพันธ์', start: '2027-02-10T09:00', end: '2027-02-10T12:00' });
    const schedule = [{ job: monthlyScheduleJob, schedule: '0 9 25 * *' }];
    const instances = [1, 2].map(() => startJobScheduler({ jobs: schedule, deps: services, logger, now: () => late }));
    await Promise.all(instances.map((instance) => instance.caughtUp));
    await Promise.all(instances.map((instance) => instance.stop()));
    const restarted = startJobScheduler({ jobs: schedule, deps: services, logger, now: () => late });
    await restarted.caughtUp;
    await restarted.stop();
    expect(await JobRunModel.findById('monthly-schedule:2027-02').lean()).toMatchObject({ status: 'done', attempts: 1, trigger: 'catch-up' });
    await viewer.waitFor('อบรมกุมภาพันธ์');
    await settle();
    expect(scheduleCarousels(bot, viewer.userId)).toHaveLength(1);
    expect(await ActivitySendModel.countDocuments({ job: 'monthly-schedule', period: '2027-02' })).toBeGreaterThan(0);
  });
});
