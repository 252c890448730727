import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../helpers/bot-harness.ts';
import { postbackEvent, textEvent, webhookBody } from '../helpers/webhook-events.ts';
import { UnansweredQuestionModel } from '../../models/unanswered-question.ts';
import { FaqShowModel } from '../../models/faq-ask.ts';
import { InboxEventModel } from '../../models/inbox-event.ts';
import { parsePostbackData } from '../../bot/postback/postback-data.ts';

const bot = useBotHarness();

type SentMessage = { type: string; text?: string; altText?: string; quickReply?: { items: { action: { label: string; data?: string } }[] } };

/** Sends one text as a new villager and returns what the bot sent back. */
async function ask(text: string): Promise<{ userId: string; messages: SentMessage[] }> {
  const user = bot().emulator.users.add({ displayName: 'ชาวบ้าน ทดสอบ' });
  const response = await bot().postWebhook(webhookBody([textEvent(user.userId, text, bot().emulator.issueReplyToken(user.userId))]));
  expect(response.status).toBe(200);
  await bot().emulator.waitForDeliveries({ userId: user.userId }, { count: 1 });
  // A reply may hold several messages; give the rest of the batch a moment to arrive.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { userId: user.userId, messages: bot().emulator.deliveries({ userId: user.userId }).map((d) => d.message as SentMessage) };
}

async function tap(userId: string, data: string): Promise<SentMessage[]> {
  const before = bot().emulator.deliveries({ userId }).length;
  await bot().postWebhook(webhookBody([postbackEvent(userId, data, bot().emulator.issueReplyToken(userId))]));
  await bot().emulator.waitForDeliveries({ userId }, { count: before + 1 });
  return bot().emulator.deliveries({ userId }).slice(before).map((d) => d.message as SentMessage);
}

const quickReplyLabels = (message: SentMessage | undefined) => message?.quickReply?.items.map((item) => item.action.label) ?? [];

describe('FAQ answers in the chat', () => {
  it('when a villager asks in everyday Thai, then the answer comes with «ตรงคำถามไหมคะ» 👍/👎', async () => {
    const { messages } = await ask('ลูกจะเข้าศูนย์เด็กเล็กต้องใช้เอกสารอะไรบ้างคะ');
    const last = messages.at(-1);
    expect(last?.text).toContain('ตรงคำถามไหมคะ');
    expect(quickReplyLabels(last)).toEqual(['👍 ตรงคำถาม', '👎 ไม่ตรง']);
    expect(await FaqShowModel.countDocuments({ faqId: 'cdc-enrolment-documents' })).toBeGreaterThanOrEqual(1);
  });

  it('when the knowledge base has no answer, then the bot says it does not know, stores the question and offers a consultation', async () => {
    const { userId, messages } = await ask('สอนวิธีเลี้ยงปลาทับทิมในกระชังหน่อยค่ะ');
    const last = messages.at(-1);
    expect(last?.text).toContain('ขออภัยค่ะ');
    expect(quickReplyLabels(last)).toContain('ขอคำปรึกษา');
    const stored = await UnansweredQuestionModel.findOne({ lineUserId: userId }).lean();
    expect(stored).toMatchObject({ text: 'สอนวิธีเลี้ยงปลาทับทิมในกระชังหน่อยค่ะ', reason: 'no-match', resolved: false });
    const consult = last!.quickReply!.items.find((item) => item.action.label === 'ขอคำปรึกษา')!;
    expect(parsePostbackData(consult.action.data!).params.uq).toBe(String(stored!._id));
  });

  it('when small talk or a topic the Clinic Center does not handle comes, then a short answer and nothing is stored', async () => {
    for (const text of ['55555', '🙏', 'ขอบคุณค่ะ', 'ดูดวงความรักให้หน่อยนะคะ', 'หวยงวดนี้ออกอะไรคะ']) {
      const { userId, messages } = await ask(text);
      expect(messages.length, text).toBeGreaterThan(0);
      expect(await UnansweredQuestionModel.countDocuments({ lineUserId: userId }), text).toBe(0);
    }
    expect((await ask('ดูดวงความรักให้หน่อยนะคะ')).messages.at(-1)?.text).toContain('ไม่มีข้อมูล');
  });

  it('when a short lottery or weather question comes, then the agency that handles it is named (from the FAQ\'s agency list) and nothing is stored', async () => {
    const lottery = await ask('หวยงวดนี้ออกอะไรคะ');
    expect(lottery.messages.at(-1)?.text).toContain('สำนักงานสลากกินแบ่งรัฐบาล');
    const weather = await ask('พรุ่งนี้ฝนจะตกไหมคะ');
    expect(weather.messages.at(-1)?.text).toContain('กรมอุตุนิยมวิทยา (สายด่วน 1182)');
    // The matcher sees no weather word in «ร้อนไหมวันนี้»: the topic's own agency is named.
    const heat = await ask('ร้อนไหมวันนี้');
    expect(heat.messages.at(-1)?.text).toContain('กรมอุตุนิยมวิทยา (สายด่วน 1182)');
    for (const { userId } of [lottery, weather, heat]) expect(await UnansweredQuestionModel.countDocuments({ lineUserId: userId })).toBe(0);
  });

  it('when the question is another agency’s business, then the no-answer card names that agency and still offers a consultation', async () => {
    const { messages } = await ask('ต่อใบขับขี่รถยนต์ต้องไปที่ไหนคะ');
    const last = messages.at(-1);
    expect(last?.text).toMatch(/ขนส่ง/);
    const consult = last?.quickReply?.items.find((item) => item.action.label === 'ขอคำปรึกษา');
    expect(parsePostbackData(consult?.action.data ?? '').params.uq).toMatch(/^[0-9a-f]{24}$/);
  });

  it('when a bare topic fits several entries, then the bot asks «หมายถึงเรื่องนี้ใช่ไหมคะ» and a tap answers the chosen one', async () => {
    const { userId, messages } = await ask('ภาษีที่ดิน');
    const card = messages.at(-1)!;
    expect(card.type).toBe('flex');
    expect(card.altText).toMatch(/หมายถึงเรื่อง(นี้ใช่ไหม|ไหน)คะ/);
    const choices = card.quickReply!.items.filter((item) => parsePostbackData(item.action.data ?? '').action === 'faq.answer');
    expect(choices.length).toBeGreaterThanOrEqual(2);
    expect(choices.length).toBeLessThanOrEqual(4);
    const chosen = choices[0]!.action.data!;
    const shown = () => FaqShowModel.countDocuments({ faqId: parsePostbackData(chosen).params.faqId });
    const shownBefore = await shown();
    const answer = await tap(userId, chosen);
    expect(answer.at(-1)?.text).toContain('ตรงคำถามไหมคะ');
    // The tapped answer counts on the staff FAQ page, once.
    expect(await shown()).toBe(shownBefore + 1);
  });

  it('when the villager taps 👎, then the question is stored for staff as not helpful', async () => {
    const { userId, messages } = await ask('รถขยะมาเก็บวันไหนบ้างครับ');
    const down = messages.at(-1)!.quickReply!.items.find((item) => item.action.label === '👎 ไม่ตรง')!;
    const reply = await tap(userId, down.action.data!);
    expect(reply.at(-1)?.text).toContain('ขออภัยที่คำตอบยังไม่ตรง');
    const stored = await UnansweredQuestionModel.findOne({ lineUserId: userId, reason: 'not-helpful' }).lean();
    expect(stored?.text).toBe('รถขยะมาเก็บวันไหนบ้างครับ');
    expect(stored?.bestGuess?.faqId).toBe('waste-collection-schedule');
  });

  it('when the villager unsends an unanswered question, then its stored text is erased everywhere', async () => {
    const harness = bot();
    const user = harness.emulator.users.add({ displayName: 'ชาวบ้าน เปลี่ยนใจ' });
    const question = textEvent(user.userId, 'สอนวิธีเลี้ยงปลาทับทิมในกระชังหน่อยค่ะ', harness.emulator.issueReplyToken(user.userId));
    await harness.postWebhook(webhookBody([question]));
    await expect.poll(() => UnansweredQuestionModel.countDocuments({ lineUserId: user.userId })).toBe(1);
    const unsend = {
      type: 'unsend',
      mode: 'active',
      timestamp: Date.now(),
      webhookEventId: `${question.webhookEventId}U`,
      deliveryContext: { isRedelivery: false },
      source: { type: 'user', userId: user.userId },
      unsend: { messageId: (question.message as { id: string }).id },
    } as unknown as Parameters<typeof webhookBody>[0][number];
    await harness.postWebhook(webhookBody([unsend]));
    await expect.poll(() => UnansweredQuestionModel.countDocuments({ lineUserId: user.userId })).toBe(0);
    const stored = await InboxEventModel.findOne({ webhookEventId: question.webhookEventId }).lean();
    expect(JSON.stringify(stored?.payload)).not.toContain('ปลาทับทิม');
  });

  it('when the villager just says hello, then the bot greets back and nothing is logged as unanswered', async () => {
    const { userId, messages } = await ask('สวัสดีครับบบ');
    expect(messages.at(-1)?.text).toContain('สวัสดีค่ะ');
    expect(await UnansweredQuestionModel.countDocuments({ lineUserId: userId })).toBe(0);
  });
});
