import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../../helpers/bot-harness.ts';
import { actionsOf, chatAs, type BotMessage } from '../../helpers/chat-driver.ts';
import { FaqAskModel, FaqVoteModel } from '../../../models/faq-ask.ts';
import { faqFigures } from '../../../domain/reports/faq-figures.ts';

const bot = useBotHarness();
const villager = (name: string) => chatAs(bot().emulator, bot().emulator.users.add({ displayName: name }).userId);

/** The choices of the last «หมายถึงเรื่องนี้ใช่ไหมคะ»: every button label of the last message but «ไม่ใช่ทั้งหมด». */
function choicesOf(messages: BotMessage[]): string[] {
  const last = messages.at(-1);
  return (last ? actionsOf(last) : []).flatMap((action) => (action.label && action.label !== 'ไม่ใช่ทั้งหมด' ? [action.label] : []));
}

describe('the dated FAQ log the report counts', () => {
  it('when villagers ask, tap a «หมายถึง…» choice, say none fits, or get no answer, then each question is logged once with its outcome', async () => {
    const since = new Date(Date.now() - 60_000);
    const direct = villager('ถามตรง');
    await direct.say('ลูกจะเข้าศูนย์เด็กเล็กต้องใช้เอกสารอะไรบ้างคะ');
    await direct.tap('👍 ตรงคำถาม');

    const chooser = villager('เลือกข้อ');
    const asked = await chooser.say('ภาษีที่ดิน');
    expect(JSON.stringify(asked)).toMatch(/หมายถึงเรื่อง(นี้ใช่ไหม|ไหน)คะ/);
    expect(await FaqAskModel.countDocuments({ outcome: 'clarify', pendingFor: { $exists: true } })).toBe(1);
    await chooser.tap(choicesOf(asked)[0]!);
    await chooser.tap(choicesOf(asked)[0]!);

    const refuser = villager('ไม่ใช่ทั้งหมด');
    await refuser.say('ภาษีที่ดิน');
    await refuser.tap('ไม่ใช่ทั้งหมด');

    // Nothing in the knowledge base comes close (tests/browser/liff-staff-unanswered.test.ts asks it too).
    expect(JSON.stringify(await villager('ไม่มีคำตอบ').say('ซุ้มเฉลิมพระเกียรติหน้าหมู่บ้านสีลอก'))).toContain('ยังไม่มีคำตอบ');

    const asks = await FaqAskModel.find().sort({ askedAt: 1 }).lean();
    expect(asks.map((ask) => ask.outcome)).toEqual(['answered', 'clarified', 'unanswered', 'unanswered']);
    expect(asks[0]!.faqId).toBe('cdc-enrolment-documents');
    expect(asks.every((ask) => ask.pendingFor === undefined)).toBe(true);
    expect(await FaqVoteModel.find({}, { _id: 0, faqId: 1, helpful: 1 }).lean()).toEqual([{ faqId: 'cdc-enrolment-documents', helpful: true }]);

    const figures = await faqFigures({ start: since, end: new Date(Date.now() + 60_000) });
    expect(figures).toMatchObject({ asked: 4, answered: 1, clarified: 1, clarifyOpen: 0, unanswered: 2, helpful: 1, notHelpful: 0 });
  });
});
