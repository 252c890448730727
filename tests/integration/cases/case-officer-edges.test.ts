import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../../helpers/bot-harness.ts';
import { chatAs, textOf, type ChatUser } from '../../helpers/chat-driver.ts';
import { assignRole } from '../../../domain/users/assign-role.ts';
import { CaseModel } from '../../../models/case.ts';
import { createOutbox } from '../../../infra/outbox/outbox.ts';
import { buildCaseService } from '../../../bot/start/build-case-service.ts';
import { loadConfig } from '../../../infra/config/load-config.ts';
import { addDays } from '../../../domain/time/thai-time.ts';

const bot = useBotHarness({ FLOOD_BURST_MESSAGES: '200', FLOOD_MESSAGES_PER_MINUTE: '2000' });

async function person(name: string, role?: 'officer' | 'office-admin' | 'staff', officeCode?: string): Promise<ChatUser> {
  const user = bot().emulator.users.add({ displayName: name, role: role === 'staff' ? 'staff' : role ? 'officer' : 'villager' });
  if (role) await assignRole(user.userId, role, officeCode);
  return chatAs(bot().emulator, user.userId);
}

/** A case filed through the domain (as from a LIFF page), for office SAO-720202 (อ.เดิมบางนางบวช). */
async function fileCase(reporter: ChatUser, kind: 'problem' | 'consultation' = 'problem', at = new Date()) {
  const config = loadConfig({});
  const cases = buildCaseService({ config, outbox: createOutbox({ replyTokenMaxAgeMs: 50_000, onEnqueued: () => undefined }), photoUrl: undefined, now: () => at });
  return cases.file({
    requestKey: `test:${reporter.userId}:${at.getTime()}`,
    source: 'liff',
    reporter: { lineUserId: reporter.userId, role: 'villager' },
    kind,
    category: kind === 'problem' ? 'drainage' : 'consult-health',
    description: 'น้ำท่วมขังหน้าบ้านทุกครั้งที่ฝนตก',
    photoIds: [],
    area: { districtCode: '7202', subdistrictCode: '720202' },
  });
}

describe('officers and reporters at the edges', () => {
  it('when ten officers tap «รับเรื่อง» at once, then exactly one is the assignee and the others are told who took it', async () => {
    const officers = await Promise.all(Array.from({ length: 10 }, (_, i) => person(`เจ้าหน้าที่ ${i + 1}`, 'officer', 'SAO-720202')));
    const filed = await fileCase(await person('ผู้แจ้งพร้อมกัน'));
    await Promise.all(officers.map((officer) => officer.waitFor(`เรื่องใหม่ ${filed.ticket}`)));
    const answers = await Promise.all(officers.map((officer) => officer.tap('รับเรื่อง')));
    const winners = answers.filter((messages) => textOf(messages).includes(`รับเรื่อง ${filed.ticket} แล้ว`));
    expect(winners).toHaveLength(1);
    const stored = await CaseModel.findOne({ ticket: filed.ticket }).lean();
    expect(stored?.history.filter((step) => step.action === 'accept')).toHaveLength(1);
    const losers = answers.filter((messages) => !winners.includes(messages));
    for (const messages of losers) expect(textOf(messages)).toContain(`มีผู้รับไปแล้ว โดย ${stored!.assignee!.name}`);
  });

  it('when a villager or an officer of another office uses an officer button, then they are refused and nothing changes', async () => {
    const officer = await person('เจ้าหน้าที่เจ้าของ', 'officer', 'SAO-720202');
    const reporter = await person('ผู้แจ้งเอง');
    const filed = await fileCase(reporter);
    await officer.waitFor(`เรื่องใหม่ ${filed.ticket}`);
    const acceptData = officer.buttonData('รับเรื่อง')!;
    const outsider = await person('เจ้าหน้าที่ต่างหน่วย', 'officer', 'SAO-720101');
    for (const intruder of [outsider, reporter]) {
      const before = intruder.count();
      await bot().emulator.sendFromUser(intruder.userId, { type: 'postback', data: acceptData });
      expect(JSON.stringify(await intruder.waitFor('ไม่มีสิทธิ์', before))).toContain(filed.ticket);
    }
    expect((await CaseModel.findOne({ ticket: filed.ticket }).lean())).toMatchObject({ status: 'new', assignee: null });
  });

  it('when an old card is tapped after the case moved on, then it says what it was for and changes nothing', async () => {
    const officer = await person('เจ้าหน้าที่การ์ดเก่า', 'officer', 'SAO-720202');
    const filed = await fileCase(await person('ผู้แจ้งการ์ดเก่า'));
    await officer.waitFor(`เรื่องใหม่ ${filed.ticket}`);
    const oldReject = officer.buttonData('ปฏิเสธ')!;
    await officer.tap('รับเรื่อง');
    await officer.tap('แก้ไขเสร็จแล้ว');
    await officer.say('ลอกท่อแล้ว');
    await officer.sendPhoto();
    const before = officer.count();
    await bot().emulator.sendFromUser(officer.userId, { type: 'postback', data: oldReject });
    expect(JSON.stringify(await officer.waitFor('ไม่มีอะไรเปลี่ยนแปลง', before))).toContain('แก้ไขเสร็จแล้ว');
    expect((await CaseModel.findOne({ ticket: filed.ticket }).lean())?.status).toBe('resolved');
  });

  it('when the reporter says «ยังไม่เรียบร้อย» within 7 days, then it reopens and the office hears; after 7 days it is refused', async () => {
    const officer = await person('เจ้าหน้าที่เปิดใหม่', 'officer', 'SAO-720202');
    const reporter = await person('ผู้แจ้งไม่พอใจ');
    const filed = await fileCase(reporter);
    await officer.waitFor(`เรื่องใหม่ ${filed.ticket}`);
    await officer.tap('รับเรื่อง');
    await officer.tap('แก้ไขเสร็จแล้ว');
    await officer.say('ลอกท่อแล้ว');
    await officer.sendPhoto();
    await reporter.waitFor('แก้ไขเรียบร้อยแล้วใช่ไหมคะ');
    const officerBefore = officer.count();
    expect(textOf(await reporter.tap('ยังไม่เรียบร้อย'))).toContain('เปิดเรื่อง');
    await officer.waitFor('ยังไม่เรียบร้อย', officerBefore);
    expect(textOf(await reporter.say('น้ำยังท่วมอยู่เลยค่ะ เมื่อคืนฝนตกอีก'))).toContain('เพิ่มในเรื่อง');
    const reopened = await CaseModel.findOne({ ticket: filed.ticket }).lean();
    expect(reopened).toMatchObject({ status: 'in_progress', reopenCount: 1 });
    expect(reopened!.history.map((step) => step.action).slice(-2)).toEqual(['reopen', 'note']);

    await CaseModel.updateOne({ ticket: filed.ticket }, { $set: { status: 'resolved', resolvedAt: addDays(new Date(), -8) } });
    const late = textOf(await reporter.tap('ยังไม่เรียบร้อย'));
    expect(late).toContain('ภายใน 7 วัน');
    expect((await CaseModel.findOne({ ticket: filed.ticket }).lean())?.status).toBe('resolved');
  });

  it('when an officer forwards a case, then the new office gets it with the reason and forwarding back is refused as a loop', async () => {
    const here = await person('เจ้าหน้าที่ต้นทาง', 'officer', 'SAO-720202');
    const clinic = await person('เจ้าหน้าที่ศูนย์ส่งต่อ', 'staff');
    const reporter = await person('ผู้แจ้งส่งต่อ');
    const filed = await fileCase(reporter);
    await here.waitFor(`เรื่องใหม่ ${filed.ticket}`);
    expect(textOf(await here.tap('ส่งต่อ'))).toContain('ให้หน่วยงานไหนคะ');
    expect(textOf(await here.tap('ศูนย์ Clinic Center อบจ.สุพรรณบุรี'))).toContain('เพราะอะไรคะ');
    expect(textOf(await here.say('เป็นเรื่องข้อพิพาทที่ดิน ต้องให้ศูนย์ช่วยประสาน'))).toContain(`ส่งต่อเรื่อง ${filed.ticket} แล้ว`);
    await clinic.waitFor(`ส่งต่อมา ${filed.ticket}`);
    await reporter.waitFor('ส่งต่อให้ศูนย์ Clinic Center');
    expect((await CaseModel.findOne({ ticket: filed.ticket }).lean())).toMatchObject({ status: 'forwarded', officeCode: 'CLINIC', officeChain: ['SAO-720202', 'CLINIC'] });

    await clinic.tap('ส่งต่อ');
    await clinic.tap('อ.เดิมบางนางบวช');
    await clinic.tap('องค์การบริหารส่วนตำบลเดิมบาง');
    expect(textOf(await clinic.say('ส่งกลับให้หน่วยงานเดิม'))).toContain('ส่งกลับไปไม่ได้');
    expect((await CaseModel.findOne({ ticket: filed.ticket }).lean())?.officeCode).toBe('CLINIC');
  });

  it('when an officer types the office and the district instead of tapping them, then the forward goes as the taps send it', async () => {
    const here = await person('เจ้าหน้าที่พิมพ์ส่งต่อ', 'officer', 'SAO-720202');
    const filed = await fileCase(await person('ผู้แจ้งพิมพ์ส่งต่อ'));
    await here.waitFor(`เรื่องใหม่ ${filed.ticket}`);
    await here.tap('ส่งต่อ');
    expect(textOf(await here.say('อ.เมืองสุพรรณบุรี'))).toContain('องค์การบริหารส่วนตำบล');
    expect(textOf(await here.say('ศูนย์ Clinic Center อบจ.สุพรรณบุรี ค่ะ'))).toContain('เพราะอะไรคะ');
    expect(textOf(await here.say('ต้องให้ศูนย์ช่วยประสานหลายหน่วยงาน'))).toContain(`ส่งต่อเรื่อง ${filed.ticket} แล้ว`);
    expect(await CaseModel.findOne({ ticket: filed.ticket }).lean()).toMatchObject({ status: 'forwarded', officeCode: 'CLINIC' });
  });

  it('when an officer rejects with a reason, then the reporter is told the reason', async () => {
    const officer = await person('เจ้าหน้าที่ปฏิเสธ', 'officer', 'SAO-720202');
    const reporter = await person('ผู้แจ้งถูกปฏิเสธ');
    const filed = await fileCase(reporter);
    await officer.waitFor(`เรื่องใหม่ ${filed.ticket}`);
    expect(textOf(await officer.tap('ปฏิเสธ'))).toContain('เหตุผลที่ไม่รับเรื่อง');
    expect(textOf(await officer.tap('ไม่ใช่อำนาจหน้าที่'))).toContain(`ไม่รับเรื่อง ${filed.ticket}`);
    await reporter.waitFor('ไม่ใช่อำนาจหน้าที่');
    expect((await CaseModel.findOne({ ticket: filed.ticket }).lean())?.status).toBe('rejected');
  });

  it('when 100 cases are filed at once, then their tickets are distinct and gap-free', async () => {
    const reporter = await person('ผู้แจ้งร้อยเรื่อง');
    const at = new Date();
    const before = await CaseModel.countDocuments();
    const filed = await Promise.all(Array.from({ length: 100 }, (_, i) => fileCase(reporter, 'problem', new Date(at.getTime() + i))));
    const numbers = filed.map((stored) => Number(stored.ticket.split('-')[2])).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(100);
    expect(numbers.at(-1)! - numbers[0]!).toBe(99);
    expect(numbers[0]).toBe(before + 1);
  });
});
