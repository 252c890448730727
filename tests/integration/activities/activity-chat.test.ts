import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../../helpers/bot-harness.ts';
import { actionsOf, chatAs, textOf } from '../../helpers/chat-driver.ts';
import { activityJobServices, makeActivity, person, settle, subscriber } from '../../helpers/activity-fixtures.ts';
import { toBangkokLocalInput } from '../../../domain/activities/activity-time.ts';
import { addDays } from '../../../domain/time/thai-time.ts';
import { findSubscription } from '../../../domain/subscriptions/subscription-store.ts';
import { visitInbox } from '../../../domain/activities/visit-inbox.ts';
import { ActivityModel } from '../../../models/activity.ts';

const bot = useBotHarness({ FLOOD_BURST_MESSAGES: '200', FLOOD_MESSAGES_PER_MINUTE: '2000', PUBLIC_BASE_URL: 'https://clinic.example' });
const now = () => new Date();
const inDays = (days: number, hour = 9) => toBangkokLocalInput(new Date(addDays(new Date(), days).setUTCHours(hour - 7, 0, 0, 0)));

async function villager(name: string) {
  const user = bot().emulator.users.add({ displayName: name });
  return chatAs(bot().emulator, user.userId);
}

describe('«รับข่าวกิจกรรม» in chat', () => {
  it('when a villager picks a district, a sub-district and topics, then the choice is saved, shown, changed and stopped by «เลิกรับข่าว»', async () => {
    const somchai = await villager('สมชาย รับข่าว');
    expect(textOf(await somchai.say('รับข่าวกิจกรรม'))).toContain('เลือกอำเภอ');
    expect(textOf(await somchai.tap('เมืองสุพรรณบุรี'))).toContain('ตำบลไหนคะ');
    expect(textOf(await somchai.tap('ทับตีเหล็ก'))).toContain('สนใจหัวข้อไหน');
    expect(textOf(await somchai.tap('สิ่งแวดล้อม'))).toContain('เลือกแล้ว: สิ่งแวดล้อม');
    const saved = textOf(await somchai.tap('เสร็จแล้ว'));
    expect(saved).toContain('บันทึกการรับข่าวกิจกรรมแล้ว');
    expect(saved).toContain('ต.ทับตีเหล็ก อ.เมืองสุพรรณบุรี');
    expect(await findSubscription(somchai.userId)).toMatchObject({ status: 'active', area: { districtCode: '7201', subdistrictCode: '720103' }, topics: ['environment'] });

    expect(textOf(await somchai.say('รับข่าวกิจกรรม'))).toContain('คุณรับข่าวกิจกรรมอยู่');
    await somchai.tap('เปลี่ยนหัวข้อ');
    expect(textOf(await somchai.tap('ทุกหัวข้อ'))).toContain('หัวข้อ: ทุกหัวข้อ');
    expect((await findSubscription(somchai.userId))?.topics).toEqual([]);

    expect(textOf(await somchai.say('เลิกรับข่าว'))).toContain('หยุดส่งข่าวกิจกรรมแล้ว');
    expect(await findSubscription(somchai.userId)).toMatchObject({ status: 'stopped', stoppedReason: 'opt-out' });
  });

  it('when a villager types the buttons instead of tapping them, then the subscription is saved as the taps save it', async () => {
    const typist = await villager('สมหญิง พิมพ์เอง');
    await typist.say('รับข่าวกิจกรรม');
    expect(textOf(await typist.say('เมืองสุพรรณบุรี'))).toContain('ตำบลไหนคะ');
    expect(textOf(await typist.say('ทับตีเหล็ก'))).toContain('สนใจหัวข้อไหน');
    expect(textOf(await typist.say('สิ่งแวดล้อม ค่ะ'))).toContain('เลือกแล้ว: สิ่งแวดล้อม');
    const saved = textOf(await typist.say('เสร็จแล้วค่ะ'));
    expect(saved).toContain('บันทึกการรับข่าวกิจกรรมแล้ว');
    expect(await findSubscription(typist.userId)).toMatchObject({ status: 'active', area: { districtCode: '7201', subdistrictCode: '720103' }, topics: ['environment'] });
    // Once the flow is over its buttons are gone: the same words are a question again, not a tap.
    expect(textOf(await typist.say('เสร็จแล้วค่ะ'))).not.toContain('บันทึกการรับข่าวกิจกรรมแล้ว');
  });

  it('when a villager sends a location instead, then the sub-district comes from it', async () => {
    const malee = await villager('มาลี ส่งตำแหน่ง');
    await malee.say('รับข่าวกิจกรรม');
    expect(textOf(await malee.sendLocation(14.47, 100.12, 'ต.ทับตีเหล็ก อ.เมืองสุพรรณบุรี จ.สุพรรณบุรี 72000'))).toContain('สนใจหัวข้อไหน');
    await malee.tap('ทุกหัวข้อ');
    expect((await findSubscription(malee.userId))?.area).toEqual({ districtCode: '7201', subdistrictCode: '720103' });
  });

  it('when a subscriber unfollows, then everything stops, and refollowing asks instead of restarting', async () => {
    const subscribed = await subscriber(bot, 'ชาวบ้านบล็อกแล้วกลับมา', { districtCode: '7208' });
    await bot().emulator.sendFromUser(subscribed.userId, { type: 'unfollow' });
    await settle(700);
    expect(await findSubscription(subscribed.userId)).toMatchObject({ status: 'stopped', stoppedReason: 'unfollow' });
    const before = subscribed.count();
    await bot().emulator.sendFromUser(subscribed.userId, { type: 'follow' });
    await subscribed.waitFor('ต้องการรับต่อแบบเดิม', before);
    expect((await findSubscription(subscribed.userId))?.status).toBe('stopped');
    expect(textOf(await subscribed.tap('รับต่อแบบเดิม'))).toContain('บันทึกการรับข่าวกิจกรรมแล้ว');
    expect((await findSubscription(subscribed.userId))?.status).toBe('active');
  });

  it('when an officer asks, then they are subscribed for their office’s area by default', async () => {
    const officer = await person(bot, 'เจ้าหน้าที่ อบต.ทับตีเหล็ก', 'officer', 'SAO-720103');
    expect(textOf(await officer.say('รับข่าวกิจกรรม'))).toContain('ในฐานะเจ้าหน้าที่: ทุกกิจกรรมในพื้นที่ขององค์การบริหารส่วนตำบลทับตีเหล็ก');
  });
});

describe('«ตารางกิจกรรม» in chat', () => {
  it('when a subscriber asks, then this and next month’s activities near them come as cards with Buddhist-year dates, registration both ways and a calendar file', async () => {
    const services = activityJobServices(bot, now);
    const near = await makeActivity(services, now, { title: 'อบรมใกล้บ้าน', areaScope: 'subdistrict', areaCode: '720103', start: inDays(3), end: inDays(3, 12), capacity: 30 });
    await makeActivity(services, now, { title: 'อบรมอำเภออื่น', areaScope: 'district', areaCode: '7208', start: inDays(4), end: inDays(4, 12) });
    await makeActivity(services, now, { title: 'ประชุมเฉพาะเจ้าหน้าที่', audience: 'officers', start: inDays(5), end: inDays(5, 12) });
    const visit = await makeActivity(services, now, { title: 'หน่วยเคลื่อนที่ทับตีเหล็ก', type: 'mobile-unit', areaScope: 'subdistrict', areaCode: '720103', start: inDays(6), end: inDays(6, 15) });
    const viewer = await subscriber(bot, 'ชาวบ้านดูตาราง', { districtCode: '7201', subdistrictCode: '720103' });

    // The rich menu's «กิจกรรมเดือนนี้» tile now answers «ตารางกิจกรรม».
    const before = viewer.count();
    await bot().emulator.sendFromUser(viewer.userId, { type: 'postback', data: 'action=schedule.month', displayText: 'กิจกรรมเดือนนี้' });
    await viewer.waitFor('carousel', before);
    const reply = viewer.received().slice(before);
    const text = textOf(reply);
    expect(text).toContain('ตารางกิจกรรม');
    expect(text).toContain('อบรมใกล้บ้าน');
    expect(text).toContain('หน่วยเคลื่อนที่ทับตีเหล็ก');
    expect(text).not.toContain('อบรมอำเภออื่น');
    expect(text).not.toContain('ประชุมเฉพาะเจ้าหน้าที่');
    expect(text).toMatch(/25[67]\d/);
    expect(text).toContain(`https://clinic.example/calendar/activities/${near._id}.ics`);

    expect(textOf(await viewer.tap('ลงทะเบียน'))).toContain('ลงทะเบียนเรียบร้อยแล้ว');
    expect((await ActivityModel.findById(near._id).lean())?.registeredCount).toBe(1);
    expect(textOf(await viewer.tap('ยกเลิกการลงทะเบียน'))).toContain('ยกเลิกการลงทะเบียนแล้ว');
    expect((await ActivityModel.findById(near._id).lean())?.registrants).toEqual([]);

    const ics = await fetch(`${bot().bot.url}/calendar/activities/${near._id}.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const body = await ics.text();
    expect(body).toContain('BEGIN:VEVENT');
    expect(body).toContain('SUMMARY:อบรมใกล้บ้าน');
    expect((await fetch(`${bot().bot.url}/calendar/activities/${'0'.repeat(24)}.ics`)).status).toBe(404);

    // The mobile-unit visit takes a question in advance from its sub-district.
    await viewer.say('ตารางกิจกรรม');
    expect(textOf(await viewer.tap('ส่งคำถามล่วงหน้า'))).toContain('พิมพ์คำถามถึงทีมหน่วยบริการเคลื่อนที่');
    expect(textOf(await viewer.say('อยากถามเรื่องเบี้ยผู้สูงอายุค่ะ'))).toContain('ส่งคำถามถึงทีมหน่วยบริการเคลื่อนที่แล้ว');
    expect((await visitInbox(String(visit._id))).questions.map((question) => question.text)).toEqual(['อยากถามเรื่องเบี้ยผู้สูงอายุค่ะ']);
    const opened = await viewer.say('ตารางกิจกรรม');
    expect(opened.flatMap(actionsOf).some((action) => action.label === 'แจ้งเรื่องล่วงหน้า')).toBe(true);
    expect(textOf(await viewer.tap('แจ้งเรื่องล่วงหน้า'))).toContain('เป็นปัญหาเรื่องอะไร');
    // A case tagged to the visit (the intake state carries the visit to the case) reaches the visit's team.
    await services.cases.file({ requestKey: 'test:visit-case', source: 'chat', reporter: { lineUserId: viewer.userId, role: 'villager' }, kind: 'problem', category: 'streetlight', description: 'ไฟถนนหน้าวัดดับสามดวง', photoIds: [], area: { districtCode: '7201', subdistrictCode: '720103' }, activityId: String(visit._id) });
    expect((await visitInbox(String(visit._id))).cases.map((found) => found.description)).toEqual(['ไฟถนนหน้าวัดดับสามดวง']);
  });
});
