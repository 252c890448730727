import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { middleware, messagingApi, SignatureValidationFailed, type webhook } from '@line/bot-sdk';
import express, { type ErrorRequestHandler } from 'express';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatConsoleRouter } from '../../dev/chat-console/index.ts';
import { createLineEmulator, type LineEmulator, type RunningEmulator } from '../../dev/line-emulator/index.ts';
import { isChromiumInstalled, launchBrowser } from '../helpers/browser.ts';
import { openConsole, type ConsolePage } from '../helpers/chat-console-page.ts';
import { RICH_MENU_NAME_PREFIX, buildDefaultRichMenu } from '../../bot/rich-menu/rich-menu-definition.ts';
import { setupRichMenu } from '../../bot/rich-menu/setup-rich-menu.ts';

const channelSecret = randomBytes(16).toString('hex');
const channelAccessToken = randomBytes(24).toString('base64url');

const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const caseCard: messagingApi.FlexBubble = {
  type: 'bubble',
  header: {
    type: 'box',
    layout: 'vertical',
    backgroundColor: '#06c755',
    contents: [{ type: 'text', text: 'ศูนย์ Clinic Center', color: '#ffffff', weight: 'bold', size: 'lg' }],
  },
  body: {
    type: 'box',
    layout: 'vertical',
    spacing: 'md',
    contents: [
      { type: 'text', text: 'เรื่องแจ้ง CC-2568-0001', weight: 'bold', wrap: true },
      {
        type: 'box',
        layout: 'baseline',
        spacing: 'sm',
        contents: [
          { type: 'text', text: 'สถานะ', color: '#888888', size: 'sm', flex: 2 },
          { type: 'text', text: 'รับเรื่องแล้ว', size: 'sm', flex: 5, wrap: true },
        ],
      },
      { type: 'separator' },
      { type: 'text', text: 'เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการค่ะ', wrap: true, size: 'sm' },
    ],
  },
  footer: {
    type: 'box',
    layout: 'vertical',
    spacing: 'sm',
    contents: [
      { type: 'button', style: 'primary', action: { type: 'postback', label: 'ติดตามสถานะ', data: 'action=status', displayText: 'ติดตามสถานะ' } },
      { type: 'button', style: 'secondary', action: { type: 'datetimepicker', label: 'เลือกวันนัด', data: 'action=appointment', mode: 'date' } },
    ],
  },
};

/** A stand-in for the real bot: verifies signatures with the SDK middleware and replies through the SDK client. */
function createMinimalBot(client: messagingApi.MessagingApiClient, received: webhook.Event[]): express.Express {
  const app = express();
  app.post('/webhook', middleware({ channelSecret }), async (req, res) => {
    const { events } = req.body as webhook.CallbackRequest;
    received.push(...events);
    const first = events[0];
    if (first?.type === 'message' && first.message.type === 'text' && first.message.text === 'ขอ 500') {
      res.status(500).json({ message: 'จำลองข้อผิดพลาด' });
      return;
    }
    for (const event of events) {
      if ('replyToken' in event && event.replyToken) await client.replyMessage({ replyToken: event.replyToken, messages: answer(event) });
    }
    res.status(200).end();
  });
  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    res.status(error instanceof SignatureValidationFailed ? 401 : 500).json({ message: 'error' });
  };
  app.use(onError);
  return app;
}

function answer(event: webhook.Event): messagingApi.Message[] {
  if (event.type === 'postback') {
    const picked = event.postback.params && 'date' in event.postback.params ? ` วันที่ ${event.postback.params.date}` : '';
    return [{ type: 'text', text: `ได้รับคำขอ ${event.postback.data}${picked} แล้วค่ะ` }];
  }
  const text = event.type === 'message' && event.message.type === 'text' ? event.message.text : '';
  // LINE shows the quick reply of the last message only, so it goes on the flex card.
  return [
    { type: 'text', text: `รับข้อความ "${text}" แล้วค่ะ ต้องการทำอะไรต่อคะ` },
    {
      type: 'flex',
      altText: 'ใบรับเรื่อง',
      contents: caseCard,
      quickReply: {
        items: [
          { type: 'action', action: { type: 'postback', label: 'แจ้งปัญหา', data: 'action=report', displayText: 'แจ้งปัญหา' } },
          { type: 'action', action: { type: 'message', label: 'ถามคำถาม', text: 'ถามคำถาม' } },
        ],
      },
    },
  ];
}


function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
    });
  });
}

describe.skipIf(!isChromiumInstalled() && !process.env.CI)('chat console in Chromium', () => {
  const received: webhook.Event[] = [];
  let emulator: LineEmulator;
  let running: RunningEmulator;
  let bot: { server: Server; url: string };
  let browser: Browser;
  let consolePage: ConsolePage;
  let page: Page;

  beforeAll(async () => {
    emulator = createLineEmulator({ channelSecret, channelAccessToken, loginChannelId: '2001234567', webhookUrl: 'http://127.0.0.1:1/' });
    running = await emulator.listen();
    const client = new messagingApi.MessagingApiClient({ channelAccessToken, baseURL: running.url });
    const app = createMinimalBot(client, received);
    app.use('/dev', createChatConsoleRouter(emulator));
    bot = await listen(app);
    emulator.webhookUrl = `${bot.url}/webhook`;
    browser = await launchBrowser();
    // A wide screen: the user list stays beside the phone-sized chat.
    consolePage = await openConsole(browser, `${bot.url}/dev`, { width: 1280, height: 820 });
    page = consolePage.page;
  });

  afterAll(async () => {
    await browser?.close();
    await running?.close();
    bot?.server.closeAllConnections();
    await new Promise((resolve) => bot?.server.close(resolve));
  });

  async function say(text: string): Promise<void> {
    await page.fill('#composer-text', text);
    await page.press('#composer-text', 'Enter');
  }

  it('when a villager types a message, then the reply, the quick replies and the flex card appear', async () => {
    await expect.poll(() => page.locator('#user-list .user-button').count()).toBeGreaterThan(1);
    expect(await page.locator('#rich-menu-panel').isHidden()).toBe(true);
    await say('ถนนหน้าบ้านเป็นหลุมค่ะ');
    const reply = page.locator('.row.bot .bubble', { hasText: 'รับข้อความ "ถนนหน้าบ้านเป็นหลุมค่ะ" แล้วค่ะ' });
    await reply.waitFor();
    await page.locator('.flex-bubble', { hasText: 'เรื่องแจ้ง CC-2568-0001' }).waitFor();
    // Replies are what a chat is made of: only pushes and broadcasts carry a mark.
    expect(await page.locator('.row.bot .via').count()).toBe(0);
    expect(await page.locator('#quick-replies .chip').allTextContents()).toEqual(['แจ้งปัญหา', 'ถามคำถาม']);
    await expect.poll(() => page.locator('.row.user .status').first().getAttribute('title')).toContain('HTTP 200');
    await page.screenshot({ path: join(tmpdir(), `chat-console-${process.pid}.png`) });
  });

  it('when a postback quick reply is tapped, then its displayText is the user bubble and the bot gets the data', async () => {
    await page.locator('#quick-replies .chip', { hasText: 'แจ้งปัญหา' }).click();
    await page.locator('.row.user .bubble', { hasText: 'แจ้งปัญหา' }).waitFor();
    await page.locator('.row.bot .bubble', { hasText: 'ได้รับคำขอ action=report แล้วค่ะ' }).waitFor();
    expect(received.at(-1)).toMatchObject({ type: 'postback', postback: { data: 'action=report' } });
    expect(await page.locator('#quick-replies .chip').count()).toBe(0);
  });

  it('when the datetime picker button on the flex card is used, then a postback with params.date is sent', async () => {
    await page.locator('.flex-button', { hasText: 'เลือกวันนัด' }).last().click();
    await page.fill('#datetime-dialog input', '2025-03-14');
    await page.click('#datetime-dialog button[value=ok]');
    await page.locator('.row.bot .bubble', { hasText: 'วันที่ 2025-03-14' }).waitFor();
    expect(received.at(-1)).toMatchObject({ postback: { data: 'action=appointment', params: { date: '2025-03-14' } } });
  });

  it('when the text contains markup, then it is shown literally and not parsed', async () => {
    await say('<img src=x onerror="window.hacked=1"><b>ตัวหนา</b>');
    await page.locator('.row.user .bubble', { hasText: '<b>ตัวหนา</b>' }).waitFor();
    expect(await page.locator('.messages img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  });

  it('when a location, a sticker and an image are sent, then the bot receives matching events', async () => {
    await page.click('#attach-location');
    await page.click('#location-dialog button[value=ok]');
    await page.locator('.row.user .location', { hasText: 'หน้าศาลากลางจังหวัดสุพรรณบุรี' }).waitFor();
    await page.click('#attach-sticker');
    await page.locator('#sticker-grid button').first().click();
    await page.locator('.row.user .sticker').waitFor();
    await page.setInputFiles('#attach-image', { name: 'pothole.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG });
    await page.locator('.row.user img.photo').waitFor();
    const messages = received.slice(-3).map((event) => (event.type === 'message' ? event.message : undefined));
    expect(messages.map((message) => message?.type)).toEqual(['location', 'sticker', 'image']);
    expect(messages[0]).toMatchObject({ latitude: 14.4744, longitude: 100.1177 });
    const content = await fetch(`${running.url}/v2/bot/message/${messages[2]?.id}/content`, {
      headers: { authorization: `Bearer ${channelAccessToken}` },
    });
    expect(Buffer.from(await content.arrayBuffer()).equals(ONE_PIXEL_PNG)).toBe(true);
  });

  it('when the bot pushes a template to an officer, then a badge counts it and the officer sees it labelled push', async () => {
    const officer = emulator.users.list().find((user) => user.role === 'officer');
    const client = new messagingApi.MessagingApiClient({ channelAccessToken, baseURL: running.url });
    await client.pushMessage({
      to: officer?.userId ?? '',
      messages: [
        { type: 'text', text: 'มีเรื่องใหม่ในพื้นที่ของท่านค่ะ' },
        {
          type: 'template',
          altText: 'รับเรื่องหรือไม่',
          template: {
            type: 'confirm',
            text: 'รับเรื่อง CC-2568-0002 หรือไม่คะ',
            actions: [
              { type: 'postback', label: 'รับเรื่อง', data: 'action=accept', displayText: 'รับเรื่องค่ะ' },
              { type: 'message', label: 'ไม่รับ', text: 'ไม่รับเรื่อง' },
            ],
          },
        },
      ],
    });
    const officerButton = page.locator('#user-list .user-button', { hasText: officer?.displayName ?? '' });
    await expect.poll(() => officerButton.locator('.badge').textContent()).toBe('2');
    await officerButton.click();
    await page.locator('.row.bot .template', { hasText: 'รับเรื่อง CC-2568-0002 หรือไม่คะ' }).waitFor();
    expect(await page.locator('.row.bot .via').first().textContent()).toContain('push');
    await page.locator('.template-button', { hasText: 'รับเรื่อง' }).click();
    await page.locator('.row.user .bubble', { hasText: 'รับเรื่องค่ะ' }).waitFor();
    expect(received.at(-1)).toMatchObject({ type: 'postback', postback: { data: 'action=accept' } });
  });

  it('when the bot answers 500 or cannot be reached, then the console shows it', async () => {
    await say('ขอ 500');
    await expect.poll(() => page.locator('.row.user .status.error').last().textContent()).toContain('HTTP 500');
    emulator.webhookUrl = 'http://127.0.0.1:9/webhook';
    await say('มีใครอยู่ไหมคะ');
    await expect.poll(() => page.locator('#bot-status').textContent()).toContain('ติดต่อบอทไม่ได้');
    emulator.webhookUrl = `${bot.url}/webhook`;
  });

  it('when richmenu:setup has run against the emulator, then the console draws that menu with its image, and a uri tile opens its page', async () => {
    const client = new messagingApi.MessagingApiClient({ channelAccessToken, baseURL: running.url });
    const blob = new messagingApi.MessagingApiBlobClient({ channelAccessToken, baseURL: running.url });
    const menu = buildDefaultRichMenu({ liffUrl: 'https://liff.line.me/2001234567-AbCdEfGh' });
    const image = await readFile('assets/rich-menu/rich-menu.png');
    await setupRichMenu({ api: client, blobApi: blob, menu, image, namePrefix: RICH_MENU_NAME_PREFIX, log: () => {} });
    await page.locator('#user-list .user-button').first().click();
    await page.locator('#rich-menu-panel').waitFor();
    expect(await page.locator('#rich-menu-bar').textContent()).toBe(menu.chatBarText);
    expect(await page.locator('.rich-menu-area').evaluateAll((tiles) => tiles.map((tile) => tile.getAttribute('aria-label'))))
      .toEqual(menu.areas!.map((area) => area.action?.label));
    const shown = await page.locator('#rich-menu img').getAttribute('src');
    expect(Buffer.from(await (await fetch(new URL(shown!, `${bot.url}/dev/`))).arrayBuffer()).equals(image)).toBe(true);
    // Offline here: LINE's LIFF host is answered by the test.
    await page.context().route('https://liff.line.me/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>LIFF</title>' }));
    const formsTile = menu.areas!.find((area) => area.action?.type === 'uri')!.action!;
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.locator('#rich-menu').getByRole('button', { name: formsTile.label!, exact: true }).click()]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe('https://liff.line.me/2001234567-AbCdEfGh');
    await popup.close();
  });

  it('then no request of the console failed and the page raised no error', () => {
    expect(consolePage.failedRequests).toEqual([]);
    expect(consolePage.pageErrors).toEqual([]);
  });
});
