import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTPFetchError, messagingApi, validateSignature } from '@line/bot-sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLineEmulator, type LineEmulator, type RunningEmulator } from '../../dev/line-emulator/index.ts';

const channelSecret = randomBytes(16).toString('hex');
const channelAccessToken = randomBytes(24).toString('base64url');
const loginChannelId = '2001234567';
const villager = { displayName: 'สมชาย ใจดี', role: 'villager' as const, userId: `U${'a'.repeat(32)}` };
const officer = { displayName: 'สมหญิง (อบต.)', role: 'officer' as const, userId: `U${'b'.repeat(32)}` };

interface ReceivedWebhook {
  signature: string | undefined;
  rawBody: Buffer;
}

let emulator: LineEmulator;
let running: RunningEmulator;
let client: messagingApi.MessagingApiClient;
let blobClient: messagingApi.MessagingApiBlobClient;
let botServer: Server;
let received: ReceivedWebhook[] = [];

beforeAll(async () => {
  botServer = await startRecordingBot();
  const { port } = botServer.address() as AddressInfo;
  emulator = createLineEmulator({
    channelSecret,
    channelAccessToken,
    loginChannelId,
    webhookUrl: `http://127.0.0.1:${port}/webhook`,
    replyTokenTtlMs: 300,
    personas: [villager, officer],
  });
  running = await emulator.listen();
  client = new messagingApi.MessagingApiClient({ channelAccessToken, baseURL: running.url });
  blobClient = new messagingApi.MessagingApiBlobClient({ channelAccessToken, baseURL: running.url });
});

afterAll(async () => {
  await running.close();
  await new Promise((resolve) => botServer.close(resolve));
});

beforeEach(() => {
  emulator.reset();
  received = [];
});

function startRecordingBot(): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ signature: req.headers['x-line-signature'] as string | undefined, rawBody: Buffer.concat(chunks) });
      res.writeHead(200).end();
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function rawPost(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${running.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${channelAccessToken}`, ...headers },
    body: JSON.stringify(body),
  });
}

async function expectFetchError(promise: Promise<unknown>): Promise<HTTPFetchError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(HTTPFetchError);
  return error as HTTPFetchError;
}

const text = (value: string): messagingApi.Message => ({ type: 'text', text: value });

describe('authentication and request ids', () => {
  it('when the access token is wrong, then LINE-style 401 JSON comes back with a request id', async () => {
    const response = await rawPost('/v2/bot/message/push', { to: villager.userId, messages: [text('x')] }, {
      authorization: 'Bearer wrong',
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('x-line-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({ message: expect.stringContaining('Authentication failed') });
  });

  it('when the Authorization header is missing, then 401 and nothing is delivered', async () => {
    const response = await fetch(`${running.url}/v2/bot/message/quota`);
    expect(response.status).toBe(401);
    expect(emulator.deliveries()).toHaveLength(0);
  });
});

describe('push through the real SDK client', () => {
  it('when a valid push is sent, then sentMessages come back and the user receives it', async () => {
    const response = await client.pushMessageWithHttpInfo({ to: villager.userId, messages: [text('สวัสดีค่ะ')] });
    expect(response.httpResponse.headers.get('x-line-request-id')).toBeTruthy();
    expect(response.body.sentMessages).toEqual([{ id: expect.stringMatching(/^\d+$/), quoteToken: expect.any(String) }]);
    const [delivery] = emulator.deliveries({ userId: villager.userId });
    expect(delivery).toMatchObject({ via: 'push', message: { type: 'text', text: 'สวัสดีค่ะ' } });
  });

  it('when a text has 5001 UTF-16 units, then 400 names the property', async () => {
    const error = await expectFetchError(client.pushMessage({ to: villager.userId, messages: [text('ก'.repeat(5001))] }));
    expect(error.status).toBe(400);
    expect(JSON.parse(error.body)).toEqual({
      message: 'The request body has 1 error(s)',
      details: [{ message: 'Length must be between 1 and 5000', property: 'messages[0].text' }],
    });
  });

  it('when six messages or an oversized quick reply are sent, then every problem is listed', async () => {
    const items = Array.from({ length: 14 }, (_, i) => ({
      type: 'action' as const,
      action: { type: 'message' as const, label: `ตัวเลือกที่ ${i} ยาวเกินกำหนดมาก`, text: 'x' },
    }));
    const tooMany = await rawPost('/v2/bot/message/push', { to: villager.userId, messages: Array(6).fill(text('x')) });
    expect((await tooMany.json()).details).toEqual([{ message: 'Size must be between 1 and 5', property: 'messages' }]);
    const badQuickReply = await rawPost('/v2/bot/message/push', {
      to: villager.userId,
      messages: [{ type: 'text', text: 'เลือกค่ะ', quickReply: { items } }],
    });
    expect(badQuickReply.status).toBe(400);
    expect((await badQuickReply.json()).details[0].property).toBe('messages[0].quickReply.items');
  });

  it('when a flex carousel has 13 bubbles or a postback has 301 chars of data, then 400', async () => {
    const bubble = { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'x' }] } };
    const carousel = { type: 'flex', altText: 'a', contents: { type: 'carousel', contents: Array(13).fill(bubble) } };
    const postback = {
      type: 'template',
      altText: 'a',
      template: { type: 'buttons', text: 'x', actions: [{ type: 'postback', label: 'ok', data: 'd'.repeat(301) }] },
    };
    const response = await rawPost('/v2/bot/message/push', { to: villager.userId, messages: [carousel, postback] });
    const { details } = await response.json();
    expect(details).toEqual([
      { message: 'Size must be between 1 and 12', property: 'messages[0].contents.contents' },
      { message: 'Length must be between 1 and 300', property: 'messages[1].template.actions[0].data' },
    ]);
  });

  it('when pushing to a user the channel never met, then 400 Failed to send messages', async () => {
    const error = await expectFetchError(client.pushMessage({ to: `U${'c'.repeat(32)}`, messages: [text('x')] }));
    expect(error.status).toBe(400);
    expect(JSON.parse(error.body)).toEqual({ message: 'Failed to send messages' });
  });
});

describe('reply tokens', () => {
  it('when a token is used twice, then the second reply is 400 Invalid reply token', async () => {
    const replyToken = emulator.issueReplyToken(villager.userId);
    await client.replyMessage({ replyToken, messages: [text('ครั้งแรก')] });
    const error = await expectFetchError(client.replyMessage({ replyToken, messages: [text('ครั้งที่สอง')] }));
    expect(error.status).toBe(400);
    expect(JSON.parse(error.body)).toEqual({ message: 'Invalid reply token' });
    expect(emulator.deliveries({ userId: villager.userId }).map((d) => d.message.text)).toEqual(['ครั้งแรก']);
  });

  it('when replies and pushes are accepted, then sendCalls counts one per accepted call until reset', async () => {
    const replyToken = emulator.issueReplyToken(villager.userId);
    await client.replyMessage({ replyToken, messages: [text('1'), text('2')] });
    await expectFetchError(client.replyMessage({ replyToken, messages: [text('again')] }));
    await client.pushMessage({ to: villager.userId, messages: [text('3')] });
    await client.pushMessage({ to: villager.userId, messages: [text('4')] });
    expect(emulator.sendCalls()).toEqual({ reply: 1, push: 2, multicast: 0, broadcast: 0 });
    emulator.reset();
    expect(emulator.sendCalls()).toEqual({ reply: 0, push: 0, multicast: 0, broadcast: 0 });
  });

  it('when a token is older than replyTokenTtlMs or was never issued, then 400', async () => {
    const replyToken = emulator.issueReplyToken(villager.userId);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await expectFetchError(client.replyMessage({ replyToken, messages: [text('x')] }))).status).toBe(400);
    const forged = await expectFetchError(client.replyMessage({ replyToken: 'nHuyWiB7yP5Zw52FIkcQobQuGDXCTA', messages: [text('x')] }));
    expect(JSON.parse(forged.body)).toEqual({ message: 'Invalid reply token' });
  });

  it('when the body is invalid, then the token is not consumed', async () => {
    const replyToken = emulator.issueReplyToken(villager.userId);
    expect((await rawPost('/v2/bot/message/reply', { replyToken, messages: [] })).status).toBe(400);
    expect((await rawPost('/v2/bot/message/reply', { replyToken, messages: [text('ok')] })).status).toBe(200);
  });

  it('when a retry key is sent with a reply, then 400', async () => {
    const replyToken = emulator.issueReplyToken(villager.userId);
    const response = await rawPost('/v2/bot/message/reply', { replyToken, messages: [text('x')] }, {
      'x-line-retry-key': randomUUID(),
    });
    expect(response.status).toBe(400);
  });
});

describe('X-Line-Retry-Key', () => {
  it('when the same key is retried, then 409 with the accepted request id and the original sentMessages', async () => {
    const retryKey = randomUUID();
    const first = await client.pushMessageWithHttpInfo({ to: villager.userId, messages: [text('ครั้งเดียว')] }, retryKey);
    const error = await expectFetchError(client.pushMessage({ to: villager.userId, messages: [text('ครั้งเดียว')] }, retryKey));
    expect(error.status).toBe(409);
    expect(error.headers.get('x-line-accepted-request-id')).toBe(first.httpResponse.headers.get('x-line-request-id'));
    expect(JSON.parse(error.body).sentMessages).toEqual(first.body.sentMessages);
    expect(emulator.deliveries({ userId: villager.userId })).toHaveLength(1);
  });

  it('when the key is not a UUID, then 400', async () => {
    const error = await expectFetchError(client.pushMessage({ to: villager.userId, messages: [text('x')] }, 'not-a-uuid'));
    expect(error.status).toBe(400);
  });
});

describe('fault injection', () => {
  it('when a 429 fault with Retry-After is injected, then the next push fails once and the retry succeeds', async () => {
    emulator.injectFault({ endpoint: 'push', status: 429, times: 1, retryAfterSeconds: 3 });
    const retryKey = randomUUID();
    const error = await expectFetchError(client.pushMessage({ to: villager.userId, messages: [text('x')] }, retryKey));
    expect(error.status).toBe(429);
    expect(error.headers.get('retry-after')).toBe('3');
    await client.pushMessage({ to: villager.userId, messages: [text('x')] }, retryKey);
    expect(emulator.deliveries()).toHaveLength(1);
    expect(emulator.requestLog({ endpoint: 'push' }).map((entry) => [entry.status, entry.retryKey])).toEqual([
      [429, retryKey],
      [200, retryKey],
    ]);
  });

  it('when a 500 happens after acceptance, then the retry with the same key gets 409 and nothing twice', async () => {
    emulator.injectFault({ endpoint: '*', status: 500, afterAccept: true });
    const retryKey = randomUUID();
    expect((await expectFetchError(client.pushMessage({ to: officer.userId, messages: [text('y')] }, retryKey))).status).toBe(500);
    expect((await expectFetchError(client.pushMessage({ to: officer.userId, messages: [text('y')] }, retryKey))).status).toBe(409);
    expect(emulator.deliveries({ userId: officer.userId })).toHaveLength(1);
  });

  it('when faults are set through the control API, then they apply and can be cleared', async () => {
    await fetch(`${running.url}/__emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ endpoint: 'multicast', status: 503, times: 5 }),
    });
    expect((await expectFetchError(client.multicast({ to: [villager.userId], messages: [text('x')] }))).status).toBe(503);
    await fetch(`${running.url}/__emulator/faults`, { method: 'DELETE' });
    await client.multicast({ to: [villager.userId], messages: [text('x')] });
    expect(emulator.deliveries({ via: 'multicast' })).toHaveLength(1);
  });
});

describe('multicast', () => {
  it('when more than 500 recipients are given, then 400', async () => {
    const to = Array.from({ length: 501 }, () => `U${randomBytes(16).toString('hex')}`);
    const error = await expectFetchError(client.multicast({ to, messages: [text('x')] }));
    expect(JSON.parse(error.body).details).toEqual([{ message: 'Size must be between 1 and 500', property: 'to' }]);
  });

  it('when unknown ids are mixed in, then known users receive it and the rest are skipped silently', async () => {
    const response = await client.multicast({ to: [villager.userId, officer.userId, `U${'d'.repeat(32)}`], messages: [text('ประกาศ')] });
    expect(response).toEqual({});
    expect(emulator.deliveries().map((d) => d.userId).sort()).toEqual([villager.userId, officer.userId].sort());
  });
});

describe('profiles, quota and content', () => {
  it('when a profile is requested, then known users are returned and unknown ones are 404', async () => {
    expect(await client.getProfile(villager.userId)).toMatchObject({ userId: villager.userId, displayName: villager.displayName });
    expect((await expectFetchError(client.getProfile(`U${'e'.repeat(32)}`))).status).toBe(404);
  });

  it('when pushes were sent, then quota consumption counts them', async () => {
    await client.pushMessage({ to: villager.userId, messages: [text('1'), text('2')] });
    expect(await client.getMessageQuota()).toEqual({ type: 'none' });
    expect(await client.getMessageQuotaConsumption()).toEqual({ totalUsage: 2 });
  });

  it('when a user sends an image, then the bot can download it and the webhook is signed over the exact bytes', async () => {
    const png = pngHeader(4, 3);
    const result = await emulator.sendFromUser(villager.userId, { type: 'image', content: png, contentType: 'image/png' });
    expect(result.status).toBe(200);
    const [webhook] = received;
    expect(webhook && validateSignature(webhook.rawBody, channelSecret, webhook.signature ?? '')).toBe(true);
    const body = JSON.parse(webhook?.rawBody.toString('utf8') ?? '{}');
    expect(body.destination).toBe(emulator.botUserId);
    expect(body.events[0]).toMatchObject({
      type: 'message',
      mode: 'active',
      deliveryContext: { isRedelivery: false },
      webhookEventId: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/),
      replyToken: expect.any(String),
      message: { type: 'image', contentProvider: { type: 'line' } },
    });
    const stream = await blobClient.getMessageContent(body.events[0].message.id);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(png)).toBe(true);
    expect((await expectFetchError(blobClient.getMessageContent('1'))).status).toBe(404);
  });

  it('when the bot is unreachable, then sendFromUser reports it without throwing', async () => {
    const previous = emulator.webhookUrl;
    emulator.webhookUrl = 'http://127.0.0.1:9/webhook';
    const result = await emulator.sendFromUser(villager.userId, { type: 'text', text: 'มีใครอยู่ไหมคะ' });
    emulator.webhookUrl = previous;
    expect(result).toMatchObject({ status: null, ok: false, error: expect.any(String) });
  });
});

describe('ID token verify', () => {
  async function verify(idToken: string, clientId: string): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${running.url}/oauth2/v2.1/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ id_token: idToken, client_id: clientId }).toString(),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('when the token was issued for this channel, then LINE claims come back', async () => {
    const { status, body } = await verify(emulator.issueIdToken(officer.userId), loginChannelId);
    expect(status).toBe(200);
    expect(body).toMatchObject({ iss: 'https://access.line.me', sub: officer.userId, aud: loginChannelId, amr: ['linesso'] });
    expect(body.name).toBe(officer.displayName);
    expect(Number(body.exp) - Number(body.iat)).toBe(3600);
  });

  it('when the audience, expiry or signature is wrong, then 400 with LINE error descriptions', async () => {
    const token = emulator.issueIdToken(villager.userId);
    expect(await verify(token, '999')).toEqual({
      status: 400,
      body: { error: 'invalid_request', error_description: 'Invalid IdToken Audience.' },
    });
    const expired = emulator.issueIdToken(villager.userId, { expiresInSeconds: -1 });
    expect((await verify(expired, loginChannelId)).body.error_description).toBe('IdToken expired.');
    const tampered = `${token.slice(0, -2)}xx`;
    expect((await verify(tampered, loginChannelId)).body.error_description).toBe('Invalid IdToken.');
  });
});

describe('rich menus', () => {
  const menu: messagingApi.RichMenuRequest = {
    size: { width: 2500, height: 843 },
    selected: true,
    name: 'เมนูหลัก',
    chatBarText: 'เมนู',
    areas: [{ bounds: { x: 0, y: 0, width: 1250, height: 843 }, action: { type: 'postback', data: 'action=menu' } }],
  };

  it('when the image matches the menu size, then it can be set as default', async () => {
    const { richMenuId } = await client.createRichMenu(menu);
    await blobClient.setRichMenuImage(richMenuId, new Blob([new Uint8Array(jpegHeader(2500, 843))], { type: 'image/jpeg' }));
    await client.setDefaultRichMenu(richMenuId);
    expect(await client.getDefaultRichMenuId()).toEqual({ richMenuId });
    expect((await client.getRichMenuList()).richmenus).toHaveLength(1);
    await client.deleteRichMenu(richMenuId);
    expect((await expectFetchError(client.getDefaultRichMenuId())).status).toBe(404);
  });

  it('when the image dimensions differ from the menu size, then 400', async () => {
    const { richMenuId } = await client.createRichMenu(menu);
    const error = await expectFetchError(
      blobClient.setRichMenuImage(richMenuId, new Blob([new Uint8Array(pngHeader(2500, 1686))], { type: 'image/png' })),
    );
    expect(error.status).toBe(400);
    expect(JSON.parse(error.body).message).toContain('2500x1686');
  });

  it('when chatBarText is too long or areas exceed 20, then 400 with details', async () => {
    const areas = Array(21).fill(menu.areas?.[0]);
    const error = await expectFetchError(client.createRichMenu({ ...menu, chatBarText: 'เมนูบริการศูนย์คลินิก', areas }));
    expect(JSON.parse(error.body).details.map((d: { property: string }) => d.property)).toEqual(['chatBarText', 'areas']);
  });
});

describe('lost responses', () => {
  it('when the client gives up during a slow push, then the push was still accepted and the retry gets 409', async () => {
    emulator.injectFault({ endpoint: 'push', delayMs: 150 });
    const retryKey = randomUUID();
    const body = { to: villager.userId, messages: [text('ช้าแต่ถึง')] };
    const attempt = rawPost('/v2/bot/message/push', body, { 'x-line-retry-key': retryKey });
    const timedOut = await Promise.race([attempt.then(() => false), new Promise((resolve) => setTimeout(resolve, 50, true))]);
    expect(timedOut).toBe(true);
    await emulator.waitForDeliveries({ userId: villager.userId }, { count: 1, timeoutMs: 2_000 });
    const retry = await rawPost('/v2/bot/message/push', body, { 'x-line-retry-key': retryKey });
    expect(retry.status).toBe(409);
    expect((await attempt).status).toBe(200);
    expect(emulator.deliveries()).toHaveLength(1);
  });
});

describe('control API', () => {
  const control = (path: string, init: RequestInit = {}) =>
    fetch(`${running.url}/__emulator${path}`, { headers: { 'content-type': 'application/json' }, ...init });

  it('when a user is added and sends a postback over HTTP, then the bot gets a signed postback event', async () => {
    const created = await control('/users', { method: 'POST', body: JSON.stringify({ displayName: 'บุญมี', role: 'staff' }) });
    expect(created.status).toBe(201);
    const user = (await created.json()) as { userId: string };
    const event = { type: 'postback', data: 'action=pick', params: { date: '2025-01-31' } };
    const sent = await control(`/users/${user.userId}/events`, { method: 'POST', body: JSON.stringify(event) });
    expect(await sent.json()).toMatchObject({ status: 200, ok: true });
    const [webhook] = received;
    expect(validateSignature(webhook?.rawBody ?? '', channelSecret, webhook?.signature ?? '')).toBe(true);
    expect(JSON.parse(webhook?.rawBody.toString() ?? '{}').events[0]).toMatchObject({
      type: 'postback',
      source: { type: 'user', userId: user.userId },
      postback: { data: 'action=pick', params: { date: '2025-01-31' } },
    });
  });

  it('when an event or user is malformed or unknown, then 400 or 404 with a JSON message', async () => {
    const unknownUser = await control(`/users/U${'f'.repeat(32)}/events`, { method: 'POST', body: JSON.stringify({ type: 'text', text: 'x' }) });
    expect(unknownUser.status).toBe(404);
    const badEvent = await control(`/users/${villager.userId}/events`, { method: 'POST', body: JSON.stringify({ type: 'text' }) });
    expect(badEvent.status).toBe(400);
    expect(await badEvent.json()).toMatchObject({ message: 'invalid request', details: [{ property: 'text' }] });
  });

  it('when a reply token is issued over HTTP and used, then the delivery and the request log show it', async () => {
    const { replyToken } = (await (await control('/reply-tokens', { method: 'POST', body: JSON.stringify({ userId: officer.userId }) })).json()) as {
      replyToken: string;
    };
    await client.replyMessage({ replyToken, messages: [text('รับทราบค่ะ')] });
    const { deliveries } = (await (await control(`/deliveries?userId=${officer.userId}`)).json()) as { deliveries: unknown[] };
    expect(deliveries).toEqual([expect.objectContaining({ via: 'reply', message: { type: 'text', text: 'รับทราบค่ะ' } })]);
    const { requests } = (await (await control('/requests?endpoint=reply')).json()) as { requests: { status: number }[] };
    expect(requests.map((entry) => entry.status)).toEqual([200]);
  });

  it('when an event is redelivered, then the bot sees the same id and reply token marked as a redelivery', async () => {
    const { event } = await emulator.sendFromUser(villager.userId, { type: 'follow' });
    await emulator.redeliver(event);
    const [first, second] = received.map((webhook) => JSON.parse(webhook.rawBody.toString()).events[0]);
    expect(second).toEqual({ ...first, deliveryContext: { isRedelivery: true } });
  });
});

describe('LINE-style errors for bad requests', () => {
  it('when JSON is malformed or the path is unknown, then 400 or 404 JSON without a stack trace', async () => {
    const malformed = await fetch(`${running.url}/v2/bot/message/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${channelAccessToken}` },
      body: '{"to":',
    });
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(await malformed.json())).not.toContain('at ');
    const unknown = await fetch(`${running.url}/v2/bot/nothing-here`, { headers: { authorization: `Bearer ${channelAccessToken}` } });
    expect(unknown.status).toBe(404);
  });

  it('when the monthly quota is used up, then push answers 429 with the monthly-limit message', async () => {
    const limited = createLineEmulator({ channelSecret, channelAccessToken, loginChannelId, webhookUrl: 'http://127.0.0.1:9/', monthlyMessageQuota: 1, personas: [villager] });
    const server = await limited.listen();
    const limitedClient = new messagingApi.MessagingApiClient({ channelAccessToken, baseURL: server.url });
    await limitedClient.pushMessage({ to: villager.userId, messages: [text('1')] });
    const error = await expectFetchError(limitedClient.pushMessage({ to: villager.userId, messages: [text('2')] }));
    await server.close();
    expect(error.status).toBe(429);
    expect(JSON.parse(error.body)).toEqual({ message: 'You have reached your monthly limit.' });
  });
});

function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(13);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, length, Buffer.from('IHDR'), ihdr, Buffer.alloc(4)]);
}

function jpegHeader(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.alloc(9), Buffer.from([0xff, 0xd9])]);
}
