import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../../helpers/bot-harness.ts';
import { DECEMBER_25, activityJobServices, activityService, logger, makeActivity, settle, subscriber } from '../../helpers/activity-fixtures.ts';
import { runJobOnce } from '../../../infra/jobs/job-runner.ts';
import { monthlyScheduleJob } from '../../../jobs/monthly-schedule.ts';
import { activityRemindersJob } from '../../../jobs/activity-reminders.ts';
import { activityChangesJob, sendChangeNotice } from '../../../jobs/activity-changes.ts';
import { registerForActivity } from '../../../domain/activities/registration.ts';
import { ActivityModel } from '../../../models/activity.ts';

const bot = useBotHarness({ FLOOD_BURST_MESSAGES: '200', FLOOD_MESSAGES_PER_MINUTE: '2000' });
const at = (iso: string) => () => new Date(iso);
const STAFF = { lineUserId: undefined, role: 'staff', name: 'เจ้าหน้าที่ศูนย์' };

function receivedWith(userId: string, needle: string): number {
  return bot().emulator.deliveries({ userId }).filter((delivery) => JSON.stringify(delivery.message).includes(needle)).length;
}

describe('reminders and change notices', () => {
  it('when the days come, then reminders and the rating prompt go once each, and a cancellation or new date reaches exactly the people told before', async () => {
    const services = activityJobServices(bot, () => DECEMBER_25);
    const training = await makeActivity(services, () => DECEMBER_25, { title: 'อบรมกฎหมายมกราคม' });
    const visit = await makeActivity(services, () => DECEMBER_25, { title: 'หน่วยเคลื่อนที่ทับตีเหล็ก', type: 'mobile-unit', areaScope: 'subdistrict', areaCode: '720103', start: '2027-01-20T09:00', end: '2027-01-20T15:00' });
    const local = await subscriber(bot, 'ชาวบ้านทับตีเหล็ก', { districtCode: '7201', subdistrictCode: '720103' });
    const far = await subscriber(bot, 'ชาวบ้านสามชุก', { districtCode: '7208' });
    const registrant = bot().emulator.users.add({ displayName: 'ผู้ลงทะเบียน' }).userId;
    expect((await registerForActivity(String(training._id), registrant, DECEMBER_25)).outcome).toBe('registered');
    await runJobOnce(monthlyScheduleJob, services, { period: '2027-01', trigger: 'schedule', now: () => DECEMBER_25, logger });
    // Subscribed after the monthly push: never told of the training.
    const late = await subscriber(bot, 'ชาวบ้านสมัครทีหลัง', { districtCode: '7201' });

    const remind = (day: string, hour = '00:00') => runJobOnce(activityRemindersJob, activityJobServices(bot, at(`${day}T${hour}:00Z`)), { period: day, trigger: 'schedule', now: at(`${day}T${hour}:00Z`), logger });
    await remind('2027-01-13');
    await remind('2027-01-14');
    await remind('2027-01-15');
    await remind('2027-01-16');
    expect((await remind('2027-01-14')).status).toBe('skipped');
    await settle(1_200);
    expect(receivedWith(registrant, 'พรุ่งนี้มีกิจกรรมที่คุณลงทะเบียนไว้')).toBe(1);
    expect(receivedWith(registrant, 'วันนี้มีกิจกรรมที่คุณลงทะเบียนไว้')).toBe(1);
    expect(receivedWith(local.userId, 'อีก 1 สัปดาห์ หน่วยบริการเคลื่อนที่')).toBe(1);
    expect(receivedWith(late.userId, 'อีก 1 สัปดาห์ หน่วยบริการเคลื่อนที่')).toBe(1);
    expect(receivedWith(far.userId, 'อีก 1 สัปดาห์')).toBe(0);
    expect(receivedWith(registrant, 'ให้คะแนน 1–5')).toBe(1);

    // Cancelling the training: those told of it are the monthly segments and the registrant.
    const staffService = activityService(services, at('2027-01-10T02:00:00Z'));
    const cancelled = await staffService.command({ id: String(training._id), command: { action: 'cancel', reason: 'วิทยากรติดภารกิจ' }, actor: STAFF });
    const [cancelId] = cancelled.pendingNotices;
    const runs = await Promise.all([1, 2].map(() => sendChangeNotice(services, cancelId!, at('2027-01-10T02:00:00Z'))));
    expect(runs.map((run) => run.status).sort()).toEqual(['ran', 'skipped']);
    await settle(1_200);
    for (const told of [local.userId, far.userId, registrant]) expect(receivedWith(told, 'ยกเลิกกิจกรรมค่ะ: อบรมกฎหมายมกราคม'), told).toBe(1);
    expect(receivedWith(late.userId, 'ยกเลิกกิจกรรม')).toBe(0);
    expect((await ActivityModel.findById(training._id).lean())?.pendingNotices).toEqual([]);

    // A new date for the visit: the monthly push told the local subscriber, the week-before reminder also the late one.
    const moved = await staffService.command({ id: String(visit._id), command: { action: 'reschedule', startAt: new Date('2027-01-27T02:00:00Z'), endAt: new Date('2027-01-27T08:00:00Z'), reason: 'ฝนตกหนัก' }, actor: STAFF });
    const sweep = await runJobOnce(activityChangesJob, services, { period: '2027-01-10T02', trigger: 'schedule', now: at('2027-01-10T02:00:00Z'), logger });
    expect(sweep.status === 'ran' && sweep.result).toMatchObject({ sent: 1 });
    expect(moved.pendingNotices).toHaveLength(1);
    await settle(1_200);
    expect(receivedWith(local.userId, 'เปลี่ยนวันเวลากิจกรรมค่ะ: หน่วยเคลื่อนที่ทับตีเหล็ก')).toBe(1);
    expect(receivedWith(late.userId, 'เปลี่ยนวันเวลากิจกรรมค่ะ')).toBe(1);
    expect(receivedWith(far.userId, 'เปลี่ยนวันเวลากิจกรรม')).toBe(0);
    expect(receivedWith(registrant, 'เปลี่ยนวันเวลากิจกรรม')).toBe(0);
  });
});
