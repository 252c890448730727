import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../helpers/bot-harness.ts';
import { InboxEventModel } from '../../models/inbox-event.ts';
import { LineUserModel } from '../../models/line-user.ts';
import { textEvent, followEvent, webhookBody, newUserId } from '../helpers/webhook-events.ts';

const bot = useBotHarness();

describe('POST /webhook', () => {
  it('when the signature is valid, then events are stored and answered', async () => {
    const userId = bot().emulator.users.list()[0]!.userId;
    const event = followEvent(userId, bot().emulator.issueReplyToken(userId));
    const response = await bot().postWebhook(webhookBody([event]));
    expect(response.status).toBe(200);
    const deliveries = await bot().emulator.waitForDeliveries({ userId, via: 'reply' }, { count: 2 });
    expect(JSON.stringify(deliveries[0]!.message)).toContain('สวัสดีค่ะ');
    const user = await LineUserModel.findOne({ lineUserId: userId }).lean();
    expect(user?.active).toBe(true);
    expect(user?.displayName).toBeTruthy();
  });

  it('when the signature is wrong or missing, then 401 and nothing is stored', async () => {
    const event = textEvent(newUserId(), 'สวัสดี');
    const raw = JSON.stringify(webhookBody([event]));
    const wrong = await bot().postWebhook(raw, { 'x-line-signature': 'bm90LWEtc2lnbmF0dXJl' });
    const missing = await fetch(`${bot().bot.url}/webhook`, { method: 'POST', body: raw, headers: { 'content-type': 'application/json' } });
    expect(wrong.status).toBe(401);
    expect(missing.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 'invalid_signature', message: expect.any(String) });
    expect(await InboxEventModel.countDocuments({ webhookEventId: event.webhookEventId })).toBe(0);
  });

  it('when the body is malformed JSON, then 400 without a stack trace', async () => {
    const response = await bot().postWebhook('{"events": [');
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/at .*\.ts|Error:/);
    expect(JSON.parse(text)).toEqual({ error: 'invalid_json', message: expect.any(String) });
  });

  it('when the body is signed JSON without an events array, then 400', async () => {
    const response = await bot().postWebhook({ destination: 'U0' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'invalid_body', message: expect.any(String) });
  });

  it('when the body is over the limit, then 413', async () => {
    const huge = JSON.stringify({ destination: 'x', events: [], padding: 'ก'.repeat(1_100_000) });
    const response = await bot().postWebhook(huge);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'payload_too_large', message: expect.any(String) });
  });

  it('when an over-limit body comes chunked, with no length declared, then 413 once the limit is passed', async () => {
    const chunks = new ReadableStream({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('ก'.repeat(100_000)));
      },
    });
    const response = await fetch(`${bot().bot.url}/webhook`, { method: 'POST', body: chunks, duplex: 'half', headers: { 'x-line-signature': 'c2ln' } } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('when the webhook is asked with another method, then 404 as for any unknown route', async () => {
    const response = await fetch(`${bot().bot.url}/webhook`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not_found', message: expect.any(String) });
  });

  it('when the events array is empty (LINE console verify), then 200', async () => {
    const response = await bot().postWebhook({ destination: 'Udeadbeef', events: [] });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({});
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });

  it('when an event is redelivered, then it is processed once', async () => {
    const user = bot().emulator.users.add({ displayName: 'ทดสอบ ส่งซ้ำ' });
    const event = textEvent(user.userId, 'เมนู', bot().emulator.issueReplyToken(user.userId));
    expect((await bot().postWebhook(webhookBody([event]))).status).toBe(200);
    const redelivered = { ...event, deliveryContext: { isRedelivery: true } };
    expect((await bot().postWebhook(webhookBody([redelivered]))).status).toBe(200);
    await bot().emulator.waitForDeliveries({ userId: user.userId }, { count: 1 });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(bot().emulator.deliveries({ userId: user.userId })).toHaveLength(1);
    expect(await InboxEventModel.countDocuments({ webhookEventId: event.webhookEventId })).toBe(1);
  });

  it('when a body mixes every LINE event type, then all are acknowledged and none is dead-lettered', async () => {
    const { loadFixtureEvents } = await import('../helpers/webhook-events.ts');
    const events = loadFixtureEvents();
    const response = await bot().postWebhook(webhookBody(events));
    expect(response.status).toBe(200);
    const ids = events.map((event) => event.webhookEventId);
    await expect.poll(() => InboxEventModel.countDocuments({ webhookEventId: { $in: ids }, status: 'done' }), { timeout: 10_000 }).toBe(ids.length);
    expect(await InboxEventModel.countDocuments({ webhookEventId: { $in: ids }, status: 'dead' })).toBe(0);
  });
});

describe('health', () => {
  it('when the database is reachable, then /healthz and /readyz answer 200', async () => {
    expect((await fetch(`${bot().bot.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${bot().bot.url}/readyz`)).status).toBe(200);
  });

  it('when a route is unknown, then 404 JSON and security headers are set', async () => {
    const response = await fetch(`${bot().bot.url}/nope`);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });
});
