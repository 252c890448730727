import { describe, expect, it } from 'vitest';
import { randomInt } from 'node:crypto';
import { useBotHarness } from '../helpers/bot-harness.ts';
import { textEvent, webhookBody } from '../helpers/webhook-events.ts';

const bot = useBotHarness({ FLOOD_BURST_MESSAGES: '3', FLOOD_MESSAGES_PER_MINUTE: '6' });

const FLOOD_NOTICE = 'ได้รับข้อความหลายข้อความติดกัน';

/** Random Latin "words" up to LINE's 5,000-character limit: the costliest text a villager can send. */
function noise(length = 5_000): string {
  let text = '';
  while (text.length < length) text += `${Array.from({ length: randomInt(2, 9) }, () => String.fromCharCode(97 + randomInt(26))).join('')} `;
  return text.slice(0, length);
}

function say(userId: string, text: string, timestamp = Date.now()) {
  return { ...textEvent(userId, text, bot().emulator.issueReplyToken(userId)), timestamp };
}

describe('per-person flood control', () => {
  it('when one person sends a burst, then the first few are answered and the rest get one polite notice', async () => {
    const { userId } = bot().emulator.users.add({ displayName: 'ส่งรัว' });
    const started = Date.now();
    const burst = Array.from({ length: 10 }, (_, i) => say(userId, 'สวัสดีค่ะ', started + i));
    expect((await bot().postWebhook(webhookBody(burst))).status).toBe(200);
    await bot().emulator.waitForDeliveries({ userId }, { count: 4, timeoutMs: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 800));
    const deliveries = bot().emulator.deliveries({ userId });
    const notices = deliveries.filter((delivery) => JSON.stringify(delivery.message).includes(FLOOD_NOTICE));
    expect(notices).toHaveLength(1);
    expect(new Set(deliveries.map((delivery) => delivery.requestId)).size).toBe(4);
  });

  it('when several people flood 5,000-character texts, then another person is still answered within 2 s', async () => {
    const flooders = Array.from({ length: 6 }, (_, i) => bot().emulator.users.add({ displayName: `ข้อความยาว ${i}` }).userId);
    const floods = flooders.flatMap((userId) => Array.from({ length: 10 }, (_, i) => bot().postWebhook(webhookBody([say(userId, noise(), Date.now() + i)]))));
    const { userId } = bot().emulator.users.add({ displayName: 'ถามปกติ' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const asked = Date.now();
    await bot().postWebhook(webhookBody([say(userId, 'สวัสดีค่ะ')]));
    await bot().emulator.waitForDeliveries({ userId }, { count: 1, timeoutMs: 2_000 });
    expect(Date.now() - asked).toBeLessThan(2_000);
    await Promise.all(floods);
  });
});

describe('slow answers', () => {
  it('when an answer takes more than a moment, then the person sees the loading animation, and a slow LINE profile does not hold the answer', async () => {
    const { userId } = bot().emulator.users.add({ displayName: 'รอนาน' });
    // First contact looks the profile up; for a while LINE takes 10 s to answer any profile request.
    bot().emulator.injectFault({ endpoint: 'profile', delayMs: 10_000, durationMs: 6_000 });
    const asked = Date.now();
    await bot().postWebhook(webhookBody([say(userId, 'สวัสดีค่ะ')]));
    await bot().emulator.waitForDeliveries({ userId }, { count: 1, timeoutMs: 6_000 });
    expect(Date.now() - asked).toBeLessThan(5_000);
    const loading = bot().emulator.requestLog().filter((entry) => entry.path === '/v2/bot/chat/loading/start');
    expect(loading.map((entry) => (entry.requestBody as { chatId: string }).chatId)).toContain(userId);
    bot().emulator.clearFaults();
  });
});
