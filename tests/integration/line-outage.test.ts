import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { useTestDatabase } from '../helpers/database.ts';
import { textEvent, webhookBody } from '../helpers/webhook-events.ts';
import { signWebhookBody } from '../../dev/line-emulator/index.ts';
import { startBotAgainstEmulator, type BotAgainstEmulator } from '../../dev/start-bot-against-emulator.ts';
import { compressTiming, defaultDeliveryTiming } from '../../infra/outbox/delivery-timing.ts';
import { createOutbox } from '../../infra/outbox/outbox.ts';
import { OutboxMessageModel } from '../../models/outbox-message.ts';
import { LineUserModel } from '../../models/line-user.ts';
import { alertStaffOfDeadLetters } from '../../infra/outbox/dead-letter-alert.ts';
import { redriveDeadEntries } from '../../infra/outbox/redrive.ts';
import { createLogger } from '../../infra/logger.ts';

/** Production timing 60 times faster: the 3-minute outage below lasts 3 s, a reply token 1 s. */
const SPEED_UP = 60;
const timing = { ...compressTiming(defaultDeliveryTiming(6), SPEED_UP), sendTimeoutMs: 5_000 };
const OUTAGE_MS = (3 * 60_000) / SPEED_UP;

useTestDatabase();
let line: BotAgainstEmulator;
// Another process's outbox on the same database, as a scheduled job would use: the bot's sender delivers it.
const jobOutbox = createOutbox({ replyTokenMaxAgeMs: timing.replyTokenMaxAgeMs, onEnqueued: () => undefined });

beforeAll(async () => {
  line = await startBotAgainstEmulator({ replyTokenTtlMs: 60_000 / SPEED_UP, startOptions: { deliveryTiming: timing } });
});
afterAll(async () => {
  await line?.close();
});

function post(events: object[]) {
  const raw = JSON.stringify(webhookBody(events as never));
  return fetch(`${line.bot.url}/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-line-signature': signWebhookBody(line.channelSecret, raw) },
    body: raw,
  });
}

const newFriend = (name: string) => line.emulator.users.add({ displayName: name }).userId;
const textsTo = (userId: string) => line.emulator.deliveries({ userId }).map((delivery) => JSON.stringify(delivery.message));

describe('a 3-minute LINE outage', () => {
  it('when LINE answers 503 for 3 minutes, then every reply, push and multicast is delivered exactly once afterwards', async () => {
    const control = newFriend('ก่อนล่ม');
    await post([textEvent(control, 'เมนู', line.emulator.issueReplyToken(control))]);
    // How many messages answer «เมนู» (by reply or, on a slow machine past the compressed 0.8 s token window, by push).
    await line.emulator.waitForDeliveries({ userId: control }, { count: 1 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const perMenu = line.emulator.deliveries({ userId: control }).length;

    line.emulator.injectFault({ endpoint: '*', status: 503, durationMs: OUTAGE_MS });
    const askers = Array.from({ length: 8 }, (_, i) => newFriend(`ระหว่างล่ม ${i}`));
    const pushed = Array.from({ length: 4 }, (_, i) => newFriend(`รับ push ${i}`));
    const group = Array.from({ length: 3 }, (_, i) => newFriend(`รับ multicast ${i}`));
    const started = Date.now();
    await Promise.all(askers.map((userId) => post([textEvent(userId, 'เมนู', line.emulator.issueReplyToken(userId))])));
    for (const userId of pushed) await jobOutbox.push({ dedupeKey: `outage-push:${userId}`, to: userId, messages: [{ type: 'text', text: `แจ้งเตือน ${userId}` }] });
    await jobOutbox.multicast({ dedupeKey: `outage-multicast:${randomBytes(4).toString('hex')}`, to: group, messages: [{ type: 'text', text: 'ประกาศกิจกรรมเดือนนี้' }] });

    for (const userId of askers) await line.emulator.waitForDeliveries({ userId }, { count: perMenu, timeoutMs: OUTAGE_MS + 8_000 });
    for (const userId of [...pushed, ...group]) await line.emulator.waitForDeliveries({ userId }, { count: 1, timeoutMs: 8_000 });
    const deliveredAfterMs = Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 500));

    for (const userId of askers) {
      expect(textsTo(userId)).toHaveLength(perMenu);
      // The tokens died during the outage, so the answers came by push, each with its retry key.
      expect(line.emulator.deliveries({ userId }).every((delivery) => delivery.via === 'push' && delivery.retryKey)).toBe(true);
    }
    for (const userId of [...pushed, ...group]) expect(textsTo(userId)).toHaveLength(1);
    expect(deliveredAfterMs).toBeGreaterThanOrEqual(OUTAGE_MS);
    expect(await OutboxMessageModel.countDocuments({ status: 'dead' })).toBe(0);
    // The breaker held sending back: a handful of probes, not every message retrying through the outage.
    const failedDuringOutage = line.emulator.requestLog().filter((entry) => entry.status === 503 && /message/.test(entry.path)).length;
    expect(failedDuringOutage).toBeLessThan(25);
  });

  it('when messages are dead-lettered, then staff are told once in LINE and outbox redrive sends each exactly once', async () => {
    const staff = newFriend('เจ้าหน้าที่ศูนย์');
    await LineUserModel.create({ lineUserId: staff, role: 'staff', displayName: 'เจ้าหน้าที่ศูนย์' });
    const villagers = Array.from({ length: 3 }, (_, i) => newFriend(`โควตาหมด ${i}`));
    line.emulator.injectFault({ endpoint: 'push', status: 429, times: 3, message: 'You have reached your monthly limit.' });
    for (const userId of villagers) await jobOutbox.push({ dedupeKey: `quota:${userId}`, to: userId, messages: [{ type: 'text', text: 'นัดหมายพรุ่งนี้' }] });
    await expect.poll(() => OutboxMessageModel.countDocuments({ status: 'dead', to: { $in: villagers } }), { timeout: 5_000 }).toBe(3);

    const [alert] = await line.emulator.waitForDeliveries({ userId: staff }, { count: 1, timeoutMs: 5_000 });
    expect(JSON.stringify(alert!.message)).toContain('outbox:redrive');
    // Another instance checking later finds nothing new to tell.
    expect(await alertStaffOfDeadLetters(jobOutbox, createLogger('silent'))).toBe(0);

    const report = await redriveDeadEntries({ retryKeyUsableMs: timing.retryKeyUsableMs });
    expect(report).toMatchObject({ requeued: 3, newRetryKeys: 0 });
    for (const userId of villagers) await line.emulator.waitForDeliveries({ userId }, { count: 1, timeoutMs: 5_000 });
    expect((await redriveDeadEntries({ retryKeyUsableMs: timing.retryKeyUsableMs })).requeued).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (const userId of villagers) expect(textsTo(userId)).toHaveLength(1);
    expect(textsTo(staff)).toHaveLength(1);
  });
});
