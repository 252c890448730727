import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../../helpers/bot-harness.ts';
import { apiAs } from '../../helpers/api-client.ts';
import { chatAs, textOf, type ChatUser } from '../../helpers/chat-driver.ts';
import { assignRole } from '../../../domain/users/assign-role.ts';
import { exportPerson } from '../../../domain/privacy/export-person.ts';
import { CaseModel } from '../../../models/case.ts';
import { ActivityModel } from '../../../models/activity.ts';

const bot = useBotHarness({ FLOOD_BURST_MESSAGES: '200', FLOOD_MESSAGES_PER_MINUTE: '2000' });

/** Every document of every collection, as text: what a search of the whole database would find. */
async function everything(): Promise<string> {
  const db = mongoose.connection.db!;
  const texts: string[] = [];
  for (const { name } of await db.listCollections().toArray()) {
    const documents = await db.collection(name).find().toArray();
    texts.push(...documents.map((document) => `${name}: ${JSON.stringify(document)}`));
  }
  return texts.join('\n');
}

async function personWithHistory(name: string, phone: string, subdistrict: string): Promise<ChatUser> {
  const user = bot().emulator.users.add({ displayName: name });
  const person = chatAs(bot().emulator, user.userId);
  await bot().emulator.sendFromUser(user.userId, { type: 'follow' });
  expect(JSON.stringify(await person.waitFor('ความเป็นส่วนตัว'))).toContain('ขอดูข้อมูลของฉัน');
  await person.say(`ขอสูตรแกงส้มของ${name}หน่อยค่ะ`);
  await person.say('แจ้งเรื่อง');
  await person.tap('ต้นไม้กีดขวาง');
  await person.say(`ต้นไม้ล้มขวางทางหน้าบ้าน${name}`);
  await person.sendPhoto();
  await person.tap('ส่งรูปครบแล้ว');
  await person.tap('เลือกอำเภอ/ตำบล');
  await person.tap('ศรีประจันต์');
  await person.tap(subdistrict);
  await person.tap('ยินยอม ให้โทรกลับ');
  await person.say(`${name} ${phone}`);
  await person.tap('ยืนยัน ส่งเรื่อง');
  return person;
}

describe('privacy requests (PDPA)', () => {
  it('when a person asks to see and then to erase their data, then they see only theirs, and after erasure nothing of them is left but statistics', async () => {
    const staff = bot().emulator.users.add({ displayName: 'เจ้าหน้าที่คุ้มครองข้อมูล', role: 'staff' });
    await assignRole(staff.userId, 'staff', undefined);
    const somsri = await personWithHistory('สมศรีทดสอบ', '0891112222', 'วังน้ำซับ');
    const other = await personWithHistory('บุญมาทดสอบ', '0893334444', 'ดอนปรู');

    const seatsOf = (registrants: string[], days: number) => ({
      title: `อบรมทดสอบ ${days}`, topic: 'training', type: 'training' as const, audience: 'public' as const, organiser: 'อบจ.', status: 'published' as const, capacity: 2,
      startAt: new Date(Date.now() + days * 86_400_000), endAt: new Date(Date.now() + days * 86_400_000 + 3_600_000), venue: { name: 'ศาลาประชาคม' },
      registrants, registeredCount: registrants.length,
    });
    const [upcoming, past] = await ActivityModel.insertMany([seatsOf([somsri.userId, other.userId], 7), seatsOf([somsri.userId], -7)]);

    const access = textOf(await somsri.say('ขอดูข้อมูลของฉัน'));
    expect(access).toContain('เรื่องที่แจ้ง: 1');
    expect(access).toMatch(/PR-\d{4}-\d{4}/);
    const mine = await apiAs(bot, bot().emulator.issueIdToken(somsri.userId))('/me/data');
    const seen = JSON.stringify(mine.json);
    expect(seen).toContain('สมศรีทดสอบ');
    expect(seen).toContain('0891112222');
    expect(seen).not.toContain(other.userId);
    expect(seen).not.toContain('บุญมาทดสอบ');
    const exported = JSON.stringify(await exportPerson(somsri.userId, new Date()));
    expect(exported).toContain('แกงส้มของสมศรีทดสอบ');
    expect(exported).not.toContain('0893334444');

    expect(textOf(await somsri.say('ขอลบข้อมูลส่วนตัวของฉัน'))).toContain('ยืนยันให้ลบข้อมูล');
    const recorded = textOf(await somsri.tap('ยืนยันลบข้อมูล'));
    expect(recorded).toContain('บันทึกคำขอลบข้อมูลแล้ว');
    await chatAs(bot().emulator, staff.userId).waitFor('ขอลบข้อมูลส่วนบุคคล');
    const staffApi = apiAs(bot, bot().emulator.issueIdToken(staff.userId));
    const requests = (await staffApi('/staff/privacy-requests')).json.requests as { id: string; kind: string }[];
    const erasure = requests.find((request) => request.kind === 'erasure')!;
    expect((await staffApi(`/staff/privacy-requests/${erasure.id}/complete`, { method: 'POST', body: {} })).json).toEqual({ ok: true });
    await somsri.waitFor('ลบข้อมูลส่วนตัวของคุณเรียบร้อยแล้ว');

    const left = await everything();
    for (const trace of [somsri.userId, 'สมศรีทดสอบ', '0891112222', 'แกงส้มของสมศรี', 'หน้าบ้านสมศรี']) {
      expect(left.split('\n').filter((line) => line.includes(trace)).map((line) => line.slice(0, 400)), trace).toEqual([]);
    }
    for (const trace of [other.userId, 'บุญมาทดสอบ', '0893334444']) expect(left, trace).toContain(trace);
    // A seat in an activity still to come is freed; one that is over keeps its count as a statistic.
    expect(await ActivityModel.findById(upcoming!._id).lean()).toMatchObject({ registrants: [other.userId], registeredCount: 1 });
    expect(await ActivityModel.findById(past!._id).lean()).toMatchObject({ registrants: [], registeredCount: 1 });
    const kept = await CaseModel.find({ category: 'tree', reporterLineUserId: /^erased:/ }).lean();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ area: { subdistrictCode: expect.any(String) }, contact: null });
  });

  it('when a message is unsent, then every copy of its text is gone', async () => {
    const person = chatAs(bot().emulator, bot().emulator.users.add({ displayName: 'คนเปลี่ยนใจ' }).userId);
    await person.say('แจ้งเรื่อง');
    await person.tap('ไฟถนนดับ');
    const { event } = await bot().emulator.sendFromUser(person.userId, { type: 'text', text: 'ไฟดับหน้าบ้านเลขที่ 99/7 ซอยลับมาก' });
    await person.waitFor('ส่งรูปประกอบ');
    await bot().emulator.sendFromUser(person.userId, { type: 'text', text: 'ทำไมข้อมูลส่วนตัวลับเฉพาะต้องแจ้งด้วย' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await everything()).toContain('ซอยลับมาก');
    await bot().emulator.postWebhook([{ type: 'unsend', mode: 'active', timestamp: Date.now(), webhookEventId: `${String(event.webhookEventId)}X`, deliveryContext: { isRedelivery: false }, source: { type: 'user', userId: person.userId }, unsend: { messageId: (event.message as { id: string }).id } }]);
    await expect.poll(async () => (await everything()).includes('ซอยลับมาก'), { timeout: 5_000 }).toBe(false);
  });
});
