import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../../helpers/bot-harness.ts';
import { chatAs, textOf, type ChatUser } from '../../helpers/chat-driver.ts';
import { assignRole } from '../../../domain/users/assign-role.ts';
import { CaseModel } from '../../../models/case.ts';
import { FlowStateModel } from '../../../models/flow-state.ts';

// Tests tap faster than people; flood control is tested on its own (tests/integration/flood-control).
const bot = useBotHarness({ FLOOD_BURST_MESSAGES: '200', FLOOD_MESSAGES_PER_MINUTE: '2000' });
const U_THONG_ADDRESS = 'ตำบลจรเข้สามพัน อำเภออู่ทอง สุพรรณบุรี 71170';

function villager(name = 'ชาวบ้าน'): ChatUser {
  return chatAs(bot().emulator, bot().emulator.users.add({ displayName: name }).userId);
}

/** Walks the flow up to the summary card for a streetlight at `address`. */
async function reachSummary(person: ChatUser, address = U_THONG_ADDRESS, point = { latitude: 14.37, longitude: 99.89 }): Promise<string> {
  await person.say('แจ้งเรื่อง');
  await person.tap('ไฟถนนดับ');
  await person.say('ไฟถนนทางเข้าหมู่บ้านดับทั้งซอย');
  await person.tap('ข้าม');
  await person.sendLocation(point.latitude, point.longitude, address);
  const next = textOf(await person.tap('ไม่ต้องโทรกลับ'));
  return next;
}

/**
 * Walks a problem up to the contact step without a location, picking อ.สองพี่น้อง ต.บางเลน by hand.
 * Its buttons are tapped, or typed when `send` is 'say' (the district and sub-district are tapped either way).
 */
async function reachContactInBangLen(person: ChatUser, send: 'tap' | 'say', category: string, description: string): Promise<void> {
  await person.say('แจ้งปัญหา');
  await person[send](category);
  await person.say(description);
  await person[send]('ข้าม');
  expect(textOf(await person[send]('เลือกอำเภอ/ตำบล'))).toContain('อยู่อำเภอไหนคะ');
  expect(textOf(await person.tap('สองพี่น้อง'))).toContain('ตำบลไหนคะ');
  expect(textOf(await person.tap('บางเลน'))).toContain('โทรกลับ');
}

describe('case intake in chat: the edges', () => {
  it('when the villager types «ยกเลิก» mid-flow, then nothing is filed and the flow is gone', async () => {
    const person = villager();
    await person.say('แจ้งเรื่อง');
    await person.tap('ถนน/ทางเท้าชำรุด');
    expect(textOf(await person.say('ยกเลิกค่ะ'))).toContain('ยกเลิกการแจ้งเรื่องแล้ว');
    expect(await FlowStateModel.countDocuments({ lineUserId: person.userId })).toBe(0);
    expect(await CaseModel.countDocuments({ reporterLineUserId: person.userId })).toBe(0);
  });

  it('when the flow has been idle over 30 minutes, then the next message hears it expired and is answered normally', async () => {
    const person = villager();
    await person.say('แจ้งเรื่อง');
    await FlowStateModel.updateOne({ lineUserId: person.userId }, { $set: { expiresAt: new Date(Date.now() - 60_000) } });
    const answer = textOf(await person.say('สวัสดีค่ะ'));
    expect(answer).toContain('หมดเวลาแล้ว');
    expect(answer).toContain('สวัสดีค่ะ');
    const stale = textOf(await person.tap('ไฟถนนดับ'));
    expect(stale).toContain('ปุ่มนี้มาจากการแจ้งเรื่องครั้งก่อน');
    expect(await CaseModel.countDocuments({ reporterLineUserId: person.userId })).toBe(0);
  });

  it('when a question is typed where a button is expected, then the FAQ answers it and the flow asks again', async () => {
    const person = villager();
    await person.say('แจ้งเรื่อง');
    const aside = textOf(await person.say('ลูกจะเข้าศูนย์เด็กเล็กต้องใช้เอกสารอะไรบ้างคะ'));
    expect(aside).toContain('ตรงคำถามไหมคะ');
    expect(aside).toContain('เป็นปัญหาเรื่องอะไรคะ');
    expect(textOf(await person.tap('ไฟถนนดับ'))).toContain('เล่ารายละเอียด');
  });

  it('when the same problem is open nearby, then «มีผู้แจ้งเรื่องนี้แล้ว» is offered and «แจ้งด้วยอีกคน» follows it and raises its priority', async () => {
    const first = villager('คนแรก');
    await reachSummary(first);
    const filed = textOf(await first.tap('ยืนยัน ส่งเรื่อง'));
    const ticket = /CC-\d{4}-\d{5}/.exec(filed)![0];
    const second = villager('คนที่สอง');
    const offer = await reachSummary(second);
    expect(offer).toContain('มีผู้แจ้งเรื่องนี้แล้ว');
    expect(offer).toContain(ticket);
    expect(textOf(await second.tap('แจ้งด้วยอีกคน'))).toContain(`ติดตามเรื่อง ${ticket} ให้แล้ว`);
    const stored = await CaseModel.findOne({ ticket }).lean();
    expect(stored?.followers).toContain(second.userId);
    expect(stored?.priority).toBe('high');
    expect(await CaseModel.countDocuments({ reporterLineUserId: second.userId })).toBe(0);
    const third = villager('คนที่สาม');
    await reachSummary(third);
    expect(textOf(await third.tap('แจ้งเรื่องใหม่'))).toContain('ตรวจสอบก่อนส่งเรื่อง');
  });

  it('when the place is outside the province, then the case goes to Clinic Center staff', async () => {
    const staff = bot().emulator.users.add({ displayName: 'เจ้าหน้าที่ศูนย์', role: 'staff' });
    await assignRole(staff.userId, 'staff', undefined);
    const person = villager();
    await person.say('แจ้งเรื่อง');
    await person.tap('ถนน/ทางเท้าชำรุด');
    await person.say('ถนนขาดระหว่างทางไปตลาด');
    await person.tap('ข้าม');
    expect(textOf(await person.sendLocation(13.7563, 100.5018, 'ถนนราชดำเนินกลาง กรุงเทพมหานคร 10200'))).toContain('นอกจังหวัด');
    const summary = textOf(await person.tap('ไม่ต้องโทรกลับ'));
    expect(summary).toContain('ศูนย์ Clinic Center');
    const ticket = /CC-\d{4}-\d{5}/.exec(textOf(await person.tap('ยืนยัน ส่งเรื่อง')))![0];
    expect(await CaseModel.findOne({ ticket }).lean()).toMatchObject({ officeCode: 'CLINIC', outsideProvince: true, routingReason: 'outside-province' });
    await chatAs(bot().emulator, staff.userId).waitFor(`เรื่องใหม่ ${ticket}`);
  });

  it('when no location is sent, then the district and sub-district pickers set the area', async () => {
    const person = villager();
    await reachContactInBangLen(person, 'tap', 'ขยะ/ความสะอาด', 'รถขยะไม่มาเก็บสองสัปดาห์แล้ว');
    const summary = textOf(await person.tap('ไม่ต้องโทรกลับ'));
    expect(summary).toContain('ต.บางเลน อ.สองพี่น้อง');
    const ticket = /CC-\d{4}-\d{5}/.exec(textOf(await person.tap('ยืนยัน ส่งเรื่อง')))![0];
    expect((await CaseModel.findOne({ ticket }).lean())?.area?.districtCode).toBe('7207');
    expect(textOf(await person.tap('ยืนยัน ส่งเรื่อง'))).toContain('ปุ่มนี้มาจากการแจ้งเรื่องครั้งก่อน');
    expect(await CaseModel.countDocuments({ reporterLineUserId: person.userId })).toBe(1);
  });

  it('when the villager types the buttons instead of tapping them, then each does what the tap does and the case is filed once', async () => {
    const person = villager();
    await reachContactInBangLen(person, 'say', 'ต้นไม้กีดขวาง', 'กิ่งไม้ใหญ่หักขวางถนนหน้าวัด รถผ่านไม่ได้');
    const summary = textOf(await person.say('ไม่ต้องโทรกลับค่ะ'));
    expect(summary).toContain('ต.บางเลน อ.สองพี่น้อง');
    expect(textOf(await person.say('แก้ไข'))).toContain('ต้องการแก้ส่วนไหนคะ');
    expect(textOf(await person.say('แก้รายละเอียด'))).toContain('เล่ารายละเอียด');
    await person.say('กิ่งไม้ใหญ่หักขวางถนนหน้าวัด ตั้งแต่เมื่อคืน');
    const ticket = /CC-\d{4}-\d{5}/.exec(textOf(await person.say('ยืนยัน ส่งเรื่อง')))![0];
    expect((await CaseModel.findOne({ ticket }).lean())?.description).toContain('ตั้งแต่เมื่อคืน');
    expect(await CaseModel.countDocuments({ reporterLineUserId: person.userId })).toBe(1);
  });

  it('when the villager leaves contact details, then only the office handling the case can see them', async () => {
    const person = villager();
    await person.say('ขอคำปรึกษา');
    await person.tap('กฎหมาย');
    await person.say('เพื่อนบ้านสร้างรั้วรุกที่ดินเรา ควรทำอย่างไรดีคะ');
    await person.tap('ข้าม');
    expect(textOf(await person.tap('ยินยอม ให้โทรกลับ'))).toContain('พิมพ์ชื่อและเบอร์โทร');
    expect(textOf(await person.say('สมใจ ใจดี 081-234-5678'))).toContain('สมใจ ใจดี 0812345678');
    const ticket = /CC-\d{4}-\d{5}/.exec(textOf(await person.tap('ยืนยัน ส่งเรื่อง')))![0];
    expect(await CaseModel.findOne({ ticket }).lean()).toMatchObject({ officeCode: 'CLINIC', kind: 'consultation', contact: { name: 'สมใจ ใจดี', phone: '0812345678' } });
  });
});
