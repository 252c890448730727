import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createLineEmulator, type LineEmulator, type RunningEmulator } from '../../dev/line-emulator/index.ts';
import { useTestDatabase } from '../helpers/database.ts';
import { createLogger } from '../../infra/logger.ts';
import { createLineClients } from '../../infra/line/line-clients.ts';
import { createOutbox, type Outbox } from '../../infra/outbox/outbox.ts';
import { createOutboxSender } from '../../infra/outbox/outbox-sender.ts';
import { defaultDeliveryTiming } from '../../infra/outbox/delivery-timing.ts';
import { OutboxMessageModel } from '../../models/outbox-message.ts';
import { ensureIndexes } from '../../bot/start/ensure-indexes.ts';

useTestDatabase();
let emulator: LineEmulator;
let running: RunningEmulator;
let outbox: Outbox;
let sender: ReturnType<typeof createOutboxSender>;

const text = (value: string) => ({ type: 'text' as const, text: value });
const key = () => randomBytes(6).toString('hex');

beforeAll(async () => {
  await ensureIndexes();
  const channelAccessToken = randomBytes(16).toString('hex');
  emulator = createLineEmulator({ channelSecret: 's', channelAccessToken, loginChannelId: '1', webhookUrl: 'http://127.0.0.1:1/webhook' });
  running = await emulator.listen(0);
  const clients = createLineClients({ channelAccessToken, apiBaseUrl: running.url, dataApiBaseUrl: running.url });
  sender = createOutboxSender({
    clients,
    logger: createLogger('silent'),
    leaseMs: 5_000,
    timing: { ...defaultDeliveryTiming(1), backoff: { baseMs: 500, maxMs: 5_000 } },
    retention: { sentMs: 60_000, deadMs: 60_000 },
    ratePerSecond: { reply: 100, push: 100, multicast: 10 },
    pollIntervalMs: 50,
  });
  outbox = createOutbox({ replyTokenMaxAgeMs: 50_000, onEnqueued: () => sender.wake() });
  sender.start();
});
afterEach(() => emulator.clearFaults());
afterAll(async () => {
  await sender?.stop();
  await running?.close();
});

const userId = () => emulator.users.add({ displayName: 'ผู้ทดสอบ' }).userId;

describe('outbox delivery', () => {
  it('when a reply token is valid, then the message goes by reply', async () => {
    const to = userId();
    await outbox.reply({ dedupeKey: key(), replyToken: emulator.issueReplyToken(to), receivedAt: new Date(), to, messages: [text('ตอบกลับ')] });
    const [delivery] = await emulator.waitForDeliveries({ userId: to }, { count: 1 });
    expect(delivery!.via).toBe('reply');
  });

  it('when LINE rejects the reply token, then the same message is pushed once', async () => {
    const to = userId();
    await outbox.reply({ dedupeKey: key(), replyToken: 'never-issued-token', receivedAt: new Date(), to, messages: [text('สำรองด้วย push')] });
    const deliveries = await emulator.waitForDeliveries({ userId: to }, { count: 1 });
    expect(deliveries.map((d) => d.via)).toEqual(['push']);
  });

  it('when the reply token is past its freshness window, then it is pushed without trying the reply', async () => {
    const to = userId();
    const token = emulator.issueReplyToken(to);
    await outbox.reply({ dedupeKey: key(), replyToken: token, receivedAt: new Date(Date.now() - 120_000), to, messages: [text('ช้าไป')] });
    await emulator.waitForDeliveries({ userId: to }, { count: 1 });
    expect(emulator.deliveries({ userId: to })[0]!.via).toBe('push');
    expect(emulator.requestLog({ endpoint: 'reply' }).filter((entry) => JSON.stringify(entry.requestBody).includes(token))).toHaveLength(0);
  });

  it('when LINE answers 429 with Retry-After, then it waits and sends once with the same retry key', async () => {
    const to = userId();
    emulator.injectFault({ endpoint: 'push', status: 429, times: 1, retryAfterSeconds: 1 });
    const started = Date.now();
    await outbox.push({ dedupeKey: key(), to, messages: [text('ลองใหม่')] });
    await emulator.waitForDeliveries({ userId: to }, { count: 1, timeoutMs: 8_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    const attempts = emulator.requestLog({ endpoint: 'push' }).filter((entry) => JSON.stringify(entry.requestBody).includes(to));
    expect(attempts.map((entry) => entry.status)).toEqual([429, 200]);
    expect(new Set(attempts.map((entry) => entry.retryKey)).size).toBe(1);
    expect(emulator.deliveries({ userId: to })).toHaveLength(1);
  });

  it('when LINE answers 500 twice, then it retries and delivers exactly once', async () => {
    const to = userId();
    emulator.injectFault({ endpoint: 'push', status: 500, times: 2 });
    await outbox.push({ dedupeKey: key(), to, messages: [text('เซิร์ฟเวอร์ล่ม')] });
    await emulator.waitForDeliveries({ userId: to }, { count: 1, timeoutMs: 8_000 });
    const attempts = emulator.requestLog({ endpoint: 'push' }).filter((entry) => JSON.stringify(entry.requestBody).includes(to));
    expect(attempts.map((entry) => entry.status)).toEqual([500, 500, 200]);
    expect(new Set(attempts.map((entry) => entry.retryKey)).size).toBe(1);
  });

  it('when the answer to an accepted push is lost, then the retry gets 409 and nothing is sent twice', async () => {
    const to = userId();
    emulator.injectFault({ endpoint: 'push', status: 500, times: 1, afterAccept: true });
    const dedupeKey = key();
    await outbox.push({ dedupeKey, to, messages: [text('ครั้งเดียวเท่านั้น')] });
    await expect.poll(async () => (await OutboxMessageModel.findOne({ dedupeKey: `${dedupeKey}#0.0` }).lean())?.status, { timeout: 8_000 }).toBe('sent');
    expect(emulator.deliveries({ userId: to })).toHaveLength(1);
    const statuses = emulator.requestLog({ endpoint: 'push' }).filter((entry) => JSON.stringify(entry.requestBody).includes(to)).map((entry) => entry.status);
    expect(statuses).toEqual([500, 409]);
  });

  it('when LINE rejects the request as invalid, then it is dead-lettered without retrying', async () => {
    const to = userId();
    const dedupeKey = key();
    await outbox.push({ dedupeKey, to, messages: [{ type: 'text', text: '' }] });
    await expect.poll(async () => (await OutboxMessageModel.findOne({ dedupeKey: `${dedupeKey}#0.0` }).lean())?.status, { timeout: 5_000 }).toBe('dead');
    const entry = await OutboxMessageModel.findOne({ dedupeKey: `${dedupeKey}#0.0` }).lean();
    expect(entry?.attempts).toBe(1);
    expect(entry?.lastError).toContain('400');
  });

  it('when the same work is enqueued twice, then it is sent once', async () => {
    const to = userId();
    const dedupeKey = key();
    await outbox.push({ dedupeKey, to, messages: [text('หนึ่งครั้ง')] });
    await outbox.push({ dedupeKey, to, messages: [text('หนึ่งครั้ง')] });
    await emulator.waitForDeliveries({ userId: to }, { count: 1 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(emulator.deliveries({ userId: to })).toHaveLength(1);
  });

  it('when a message is stored, then it is kept as the JSON text LINE gets, and the delivery carries exactly those messages', async () => {
    const to = userId();
    const dedupeKey = key();
    const messages = [text('ศูนย์เปิด 08:30 น. ค่ะ'), { type: 'text' as const, text: 'สอบถามเพิ่มได้ค่ะ', quickReply: { items: [{ type: 'action' as const, action: { type: 'message' as const, label: 'ถามต่อ', text: 'ถามต่อ' } }] } }];
    await outbox.push({ dedupeKey, to, messages });
    const deliveries = await emulator.waitForDeliveries({ userId: to }, { count: 2 });
    const entry = await OutboxMessageModel.findOne({ dedupeKey: `${dedupeKey}#0.0` }).lean();
    expect(JSON.parse(entry!.messagesJson!)).toEqual(messages);
    expect(entry!.messages).toBeUndefined();
    expect(deliveries.map((delivery) => delivery.message)).toEqual(messages);
  });

  it('when an entry was stored by the earlier version (messages as documents), then it is still delivered as it was', async () => {
    const to = userId();
    const now = new Date();
    await OutboxMessageModel.collection.insertOne({
      dedupeKey: `legacy:${key()}#0.0`, kind: 'push', to: [to], messages: [text('ข้อความจากรุ่นก่อน')], retryKey: crypto.randomUUID(),
      status: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now, updatedAt: now,
    } as never);
    sender.wake();
    const [delivery] = await emulator.waitForDeliveries({ userId: to }, { count: 1 });
    expect(delivery!.message).toEqual(text('ข้อความจากรุ่นก่อน'));
  });

  it('when a multicast names more than 500 users, then it is split into requests of at most 500', async () => {
    const recipients = Array.from({ length: 1_001 }, () => `U${randomBytes(16).toString('hex')}`);
    const dedupeKey = key();
    await outbox.multicast({ dedupeKey, to: recipients, messages: [text('ประกาศกิจกรรม')] });
    await expect.poll(() => OutboxMessageModel.countDocuments({ dedupeKey: { $regex: `^${dedupeKey}` }, status: 'sent' }), { timeout: 8_000 }).toBe(3);
    const sizes = (await OutboxMessageModel.find({ dedupeKey: { $regex: `^${dedupeKey}` } }).lean()).map((entry) => entry.to.length).sort();
    expect(sizes).toEqual([1, 500, 500]);
  });
});
