import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../../helpers/bot-harness.ts';
import { chatAs, textOf } from '../../helpers/chat-driver.ts';
import { ConsultationModel } from '../../../models/consultation.ts';

/** Open one hour a week, on a weekday three days from today (Bangkok): now is outside office hours. */
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const today = new Date(Date.now() + 7 * 3_600_000).getUTCDay();
const openDay = DAYS[(today + 3) % 7]!;
const bot = useBotHarness({ OFFICE_HOURS: `${openDay} 09:00-10:00`, CLINIC_CONTACT_PHONE: '035-535-000', FLOOD_BURST_MESSAGES: '200', FLOOD_MESSAGES_PER_MINUTE: '2000' });

describe('asking for a person outside office hours', () => {
  it('when the office is closed, then the villager hears when it opens and the phone, and the question is kept for staff', async () => {
    const person = chatAs(bot().emulator, bot().emulator.users.add({ displayName: 'ยายเพ็ญ' }).userId);
    await person.say('แอดมินอยู่ไหม');
    await person.tap('สาธารณสุข');
    const answer = textOf(await person.say('ยายเดินไม่ไหวแล้ว จะขอรถพาไปหาหมอได้ไหมคะ'));
    expect(answer).toContain('นอกเวลาทำการ');
    expect(answer).toContain('เปิดอีกครั้ง');
    expect(answer).toContain('09:00 น.');
    expect(answer).toContain('035-535-000');
    expect(answer).toContain('1669');
    const kept = await ConsultationModel.findOne({ villagerLineUserId: person.userId }).lean();
    expect(kept).toMatchObject({ status: 'waiting', openedOutsideHours: true });
  });

  it('when «ติดต่อศูนย์» is tapped, then the contact card shows the phone as a call button and that the office is closed', async () => {
    const person = chatAs(bot().emulator, bot().emulator.users.add({ displayName: 'ผู้ติดต่อ' }).userId);
    const card = textOf(await person.say('เมนู'));
    expect(card).toContain('ติดต่อศูนย์');
    const contact = textOf(await person.tap('ติดต่อศูนย์'));
    expect(contact).toContain('tel:035535000');
    expect(contact).toContain('ตอนนี้ปิด');
  });
});
