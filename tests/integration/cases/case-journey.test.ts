import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../../helpers/bot-harness.ts';
import { chatAs, textOf } from '../../helpers/chat-driver.ts';
import { assignRole } from '../../../domain/users/assign-role.ts';
import { CaseModel } from '../../../models/case.ts';

const bot = useBotHarness({ PUBLIC_BASE_URL: 'https://bot.example.org', FLOOD_BURST_MESSAGES: '200', FLOOD_MESSAGES_PER_MINUTE: '2000' });

/** ต.รั้วใหญ่ is served by เทศบาลเมืองสุพรรณบุรี (MUN-7201) in the sample office list. */
const RUA_YAI = { latitude: 14.486, longitude: 100.104, address: '99 ถนนมาลัยแมน ตำบลรั้วใหญ่ อำเภอเมืองสุพรรณบุรี สุพรรณบุรี 72000 ประเทศไทย' };

async function officersOf(officeCode: string, names: string[]) {
  const officers = [];
  for (const name of names) {
    const user = bot().emulator.users.add({ displayName: name, role: 'officer' });
    await assignRole(user.userId, 'officer', officeCode);
    officers.push(chatAs(bot().emulator, user.userId));
  }
  return officers;
}

describe('a problem report from chat to closed', () => {
  it('when a villager reports with a photo and a location, then the office gets the card, one officer works it, and the villager rates it closed', async () => {
    const [somsak, malee] = await officersOf('MUN-7201', ['สมศักดิ์ เทศบาล', 'มาลี เทศบาล']);
    const villager = chatAs(bot().emulator, bot().emulator.users.add({ displayName: 'ป้าแดง' }).userId);

    expect(textOf(await villager.say('แจ้งเรื่อง'))).toContain('เป็นปัญหาเรื่องอะไรคะ');
    expect(textOf(await villager.tap('ไฟถนนดับ'))).toContain('เล่ารายละเอียด');
    expect(textOf(await villager.say('ไฟถนนหน้าวัดดับมาสามคืนแล้ว มืดมาก เด็กเดินกลับบ้านลำบาก'))).toContain('ส่งรูปประกอบ');
    expect(textOf(await villager.sendPhoto())).toContain('ได้รับรูปที่ 1');
    expect(textOf(await villager.tap('ส่งรูปครบแล้ว'))).toContain('เกิดเรื่องที่ไหน');
    expect(textOf(await villager.sendLocation(RUA_YAI.latitude, RUA_YAI.longitude, RUA_YAI.address))).toContain('โทรกลับ');
    const summary = textOf(await villager.tap('ไม่ต้องโทรกลับ'));
    expect(summary).toContain('ตรวจสอบก่อนส่งเรื่อง');
    expect(summary).toContain('ต.รั้วใหญ่ อ.เมืองสุพรรณบุรี');
    expect(summary).toContain('เทศบาลเมืองสุพรรณบุรี');

    const filed = textOf(await villager.tap('ยืนยัน ส่งเรื่อง'));
    const ticket = /CC-\d{4}-\d{5}/.exec(filed)?.[0];
    expect(ticket).toBeDefined();
    expect(filed).toContain('ผู้รับผิดชอบ: เทศบาลเมืองสุพรรณบุรี');

    const card = await somsak!.waitFor(`เรื่องใหม่ ${ticket}`);
    expect(JSON.stringify(card)).toContain('https://bot.example.org/media/photos/');
    await malee!.waitFor(`เรื่องใหม่ ${ticket}`);

    expect(textOf(await somsak!.tap('รับเรื่อง'))).toContain(`รับเรื่อง ${ticket} แล้ว`);
    await villager.waitFor('รับเรื่องแล้ว');
    const late = textOf(await malee!.tap('รับเรื่อง'));
    expect(late).toContain('มีผู้รับไปแล้ว');
    expect(late).toContain('สมศักดิ์');

    await somsak!.tap('กำลังดำเนินการ');
    await villager.waitFor('กำลังดำเนินการ', 0);
    expect(textOf(await somsak!.tap('แก้ไขเสร็จแล้ว'))).toContain('สรุปผลการแก้ไข');
    expect(textOf(await somsak!.say('เปลี่ยนหลอดไฟใหม่แล้ว สว่างดี'))).toContain('รูปผลการแก้ไข');
    expect(textOf(await somsak!.sendPhoto('#22aa44'))).toContain('แก้ไขเรื่อง');

    const asked = villager.count();
    await villager.waitFor('แก้ไขเรียบร้อยแล้วใช่ไหมคะ', asked - 2);
    expect(textOf(await villager.tap('⭐⭐⭐⭐'))).toContain('ขอบคุณสำหรับคะแนน 4/5');
    await somsak!.waitFor('ให้คะแนน 4/5');

    const stored = await CaseModel.findOne({ ticket }).lean();
    expect(stored).toMatchObject({ status: 'closed', officeCode: 'MUN-7201', rating: { score: 4 }, area: { subdistrictCode: '720102' } });
    expect(stored!.assignee?.name).toBe('สมศักดิ์ เทศบาล');
    expect(stored!.history.map((step) => step.action)).toEqual(['file', 'accept', 'start', 'resolve', 'rate']);
    expect(stored!.photoIds).toHaveLength(1);
    expect(stored!.resolution?.photoIds).toHaveLength(1);
  });
});
