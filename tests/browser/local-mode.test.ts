import { readFileSync } from 'node:fs';
import { messagingApi } from '@line/bot-sdk';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useTestDatabase } from '../helpers/database.ts';
import { isChromiumInstalled, launchBrowser, screenshotTarget } from '../helpers/browser.ts';
import { addUser, exchange, isOnScreen, openConsole, PHONE, say, selectUser, type ConsolePage } from '../helpers/chat-console-page.ts';
import { buildLiff } from '../../scripts/build-liff.ts';
import { loadConfig } from '../../infra/config/load-config.ts';
import { createLogger } from '../../infra/logger.ts';
import { startBot, type RunningBot } from '../../bot/start-bot.ts';
import { buildDefaultRichMenu } from '../../bot/rich-menu/rich-menu-definition.ts';
import { RICH_MENU_ACTIONS } from '../../bot/rich-menu/rich-menu-actions.ts';
import { encodePostbackData } from '../../bot/postback/postback-data.ts';
import { LineUserModel } from '../../models/line-user.ts';

useTestDatabase();

const QUESTIONS = readFileSync('../shared/faq/dev.jsonl', 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { q: string }).q);
const ARTWORK = readFileSync('assets/rich-menu/rich-menu.png');

type PostbackArea = { bounds: { x: number; y: number; width: number; height: number }; action: { type: string; label: string; data?: string; displayText?: string } };

// In CI a missing Chromium must fail the run, not skip it quietly.
describe.skipIf(!isChromiumInstalled() && !process.env.CI)('the real bot in local mode, through the chat console on a phone', () => {
  let bot: RunningBot;
  let browser: Browser;
  let consolePage: ConsolePage;
  let page: Page;

  beforeAll(async () => {
    await buildLiff({ ifStale: true, quiet: true });
    // Twenty questions in well under a minute is a test, not a person: let them all through the flood guard.
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', JOBS_ENABLED: 'false', FLOOD_BURST_MESSAGES: '30', FLOOD_MESSAGES_PER_MINUTE: '100' });
    bot = await startBot(config, createLogger('silent'), { useExistingDatabaseConnection: true });
    browser = await launchBrowser();
    // Drawn at twice the pixels, as a phone does: the README screenshot comes from this page.
    consolePage = await openConsole(browser, `${bot.url}/dev`, PHONE, 2);
    page = consolePage.page;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  const emulator = () => bot.local!.emulator;
  const lastEvent = (userId: string) => emulator().webhookLog().filter((entry) => entry.userId === userId).at(-1)?.events[0] as Record<string, unknown> | undefined;

  it('when a villager asks an FAQ question and taps the rich menu tile that starts a case, then the chat reads like LINE on a phone', async () => {
    await selectUser(page, 'สมชาย ใจดี');
    await exchange(page, () => say(page, 'เบี้ยคนแก่ได้วันไหนคะ'));
    const caseTile = (buildDefaultRichMenu({}).areas as PostbackArea[]).find((area) => area.action.data === encodePostbackData(RICH_MENU_ACTIONS.caseNew))!;
    await exchange(page, () => page.locator('#rich-menu').getByRole('button', { name: caseTile.action.label, exact: true }).click());
    await page.locator('.row.user .bubble', { hasText: caseTile.action.displayText! }).waitFor();
    await expect.poll(() => page.locator('#quick-replies .chip').count()).toBeGreaterThan(0);
    await page.evaluate(() => document.fonts.ready);
    await page.mouse.move(0, 0);
    const shot = await page.screenshot();
    await sharp(shot).png({ palette: true, quality: 90, compressionLevel: 9 }).toFile(screenshotTarget('docs/chat-console.png'));
  });

  it('when a villager has had 20 exchanges, then the last message, the quick replies and the message box are on screen at 390×844 and at 360 px', async () => {
    await selectUser(page, 'มาลี ศรีสุข');
    for (const question of QUESTIONS.slice(0, 20)) await exchange(page, () => say(page, question));
    await expect.poll(() => page.locator('.row.user .status[data-http="200"]').count()).toBe(20);
    await expect.poll(() => page.locator('#quick-replies .chip').count()).toBeGreaterThan(0);
    for (const viewport of [{ width: 390, height: 844 }, { width: 360, height: 740 }]) {
      await page.setViewportSize(viewport);
      await expect.poll(() => lastMessageInView(page), { timeout: 5000 }).toBe(true); // the list scrolls smoothly to the newest message
      for (const selector of ['.chat-header', '#quick-replies .chip >> nth=0', '#composer-text', '#send-button']) {
        expect(await isOnScreen(page.locator(selector)), `${selector} at ${viewport.width}px`).toBe(true);
      }
      expect(await page.evaluate(() => [document.scrollingElement!.scrollWidth <= innerWidth, document.scrollingElement!.scrollHeight <= innerHeight])).toEqual([true, true]);
    }
    await page.setViewportSize({ width: 390, height: 844 });
  });

  it('when a shown row grows while the villager reads the newest message (an image, a font, a late status mark), then the list follows it', async () => {
    await expect.poll(() => lastMessageInView(page)).toBe(true);
    const grow = (height: string) => page.evaluate((h) => {
      const rows = document.querySelectorAll('#messages .row.bot, #messages .row.user');
      const bubble = rows[rows.length - 2]!.querySelector('.bubble')!;
      let filler = bubble.querySelector<HTMLElement>('.test-filler');
      if (!filler) filler = bubble.appendChild(Object.assign(document.createElement('div'), { className: 'test-filler' }));
      filler.style.height = h;
    }, height);
    await grow('240px');
    await expect.poll(() => lastMessageInView(page)).toBe(true);
    await grow('0px');
  });

  it('when the villager scrolls up to read, then a message from the bot shows «ข้อความใหม่» instead of jumping, and tapping it goes to the newest', async () => {
    await page.locator('#messages').hover();
    await page.mouse.wheel(0, -2_000);
    await expect.poll(() => lastMessageInView(page)).toBe(false);
    // A push, as staff or a reminder would send: it arrives while the villager reads further up.
    const villager = emulator().users.list().find((user) => user.displayName === 'มาลี ศรีสุข')!;
    const line = new messagingApi.MessagingApiClient({ channelAccessToken: bot.local!.credentials.channelAccessToken, baseURL: bot.local!.apiBaseUrl });
    const rows = await page.locator('#messages .row.bot').count();
    await line.pushMessage({ to: villager.userId, messages: [{ type: 'text', text: 'แจ้งเตือน: พรุ่งนี้มีหน่วยบริการเคลื่อนที่ค่ะ' }] });
    await expect.poll(() => page.locator('#messages .row.bot').count()).toBe(rows + 1);
    await expect.poll(() => page.locator('#new-messages').isVisible()).toBe(true);
    expect(await lastMessageInView(page)).toBe(false);
    await page.locator('#new-messages').click();
    await expect.poll(() => lastMessageInView(page)).toBe(true);
    expect(await page.locator('#new-messages').isVisible()).toBe(false);
  });

  it('when Thai text is drawn, then it uses the Sarabun font the console serves, not a fallback', async () => {
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      const text = 'สวัสดีค่ะ ขอบคุณที่เพิ่มเพื่อน';
      const width = (family: string) => {
        const probe = Object.assign(document.createElement('span'), { textContent: text });
        probe.style.cssText = `position:absolute;visibility:hidden;font:20px ${family}`;
        document.body.append(probe);
        const measured = probe.getBoundingClientRect().width;
        probe.remove();
        return measured;
      };
      const thaiFace = [...document.fonts].find((face) => face.family.replaceAll('"', '') === 'Sarabun' && face.unicodeRange.includes('U+E01-E5B') && face.weight === '400');
      return { thaiFace: thaiFace?.status, bubbleFont: getComputedStyle(document.querySelector('.row.bot .bubble')!).fontFamily, sarabun: width('Sarabun'), fallback: width('"no such font", monospace') };
    });
    expect(fonts.thaiFace).toBe('loaded');
    expect(fonts.bubbleFont).toMatch(/^"?Sarabun/);
    expect(Math.abs(fonts.sarabun - fonts.fallback)).toBeGreaterThan(5);
  });

  it('when a new user is added, then «เพิ่มเพื่อน», «บล็อก» and «เลิกบล็อก» send follow, unfollow and an unblocking follow', async () => {
    const userId = await addUser(page, { displayName: 'ทดลอง เพิ่มเพื่อน', role: 'villager' });
    expect(await page.locator('#friend-button').textContent()).toBe('เพิ่มเพื่อน');
    await exchange(page, () => page.click('#friend-button'));
    expect(lastEvent(userId)).toMatchObject({ type: 'follow', follow: { isUnblocked: false } });
    await expect.poll(async () => (await LineUserModel.findOne({ lineUserId: userId }).lean())?.active).toBe(true);
    expect(await page.locator('#friend-bar').isHidden()).toBe(true);
    await page.click('#block-button');
    await page.locator('.row.system.unfollow').waitFor();
    expect(lastEvent(userId)).toMatchObject({ type: 'unfollow' });
    await expect.poll(async () => (await LineUserModel.findOne({ lineUserId: userId }).lean())?.active).toBe(false);
    await expect.poll(() => page.locator('#composer-text').isDisabled()).toBe(true);
    expect(await page.locator('#friend-button').textContent()).toBe('เลิกบล็อก');
    // Unblocking redraws the chat from a timeline fetched at once, before the bot has answered: held
    // here until the answer is on screen, that stale timeline must not wipe the answer away.
    const answers = page.locator('.row.bot:not(.typing)');
    const before = await answers.count();
    let markRedrawn!: (redraw: Promise<unknown>) => void;
    const redrawn = new Promise<unknown>((resolve) => (markRedrawn = resolve));
    await page.route('**/users/*/timeline', async (route) => {
      const stale = await route.fetch();
      const answer = await answers.nth(before).elementHandle();
      await route.fulfill({ response: stale });
      markRedrawn(answer!.waitForElementState('hidden'));
    }, { times: 1 });
    await exchange(page, () => page.click('#friend-button'));
    await redrawn;
    // Every message the bot sent this user is on screen, once.
    await expect.poll(async () => (await answers.count()) - emulator().deliveries({ userId }).length).toBe(0);
    expect(await answers.count()).toBeGreaterThan(before);
    expect(lastEvent(userId)).toMatchObject({ type: 'follow', follow: { isUnblocked: true } });
    await expect.poll(async () => (await LineUserModel.findOne({ lineUserId: userId }).lean())?.active).toBe(true);
    expect(await page.locator('#composer-text').isDisabled()).toBe(false);
  });

  it('when the rich menu is shown, then its tiles are those of rich-menu-definition, over the committed artwork, and each sends its postback with its displayText', async () => {
    const areas = buildDefaultRichMenu({}).areas as PostbackArea[];
    const menu = page.locator('#rich-menu');
    const { width, height } = (await menu.boundingBox())!;
    const tiles = await page.locator('.rich-menu-area').evaluateAll((buttons) =>
      buttons.map((button) => ({ label: button.getAttribute('aria-label'), box: button.getBoundingClientRect().toJSON() as DOMRect })));
    const menuBox = (await menu.boundingBox())!;
    expect(tiles.map((tile) => tile.label)).toEqual(areas.map((area) => area.action.label));
    tiles.forEach((tile, index) => {
      const { bounds } = areas[index]!;
      expect(Math.abs(((tile.box.x - menuBox.x) / width) * 2500 - bounds.x)).toBeLessThan(8);
      expect(Math.abs(((tile.box.y - menuBox.y) / height) * 1686 - bounds.y)).toBeLessThan(8);
      expect(Math.abs((tile.box.width / width) * 2500 - bounds.width)).toBeLessThan(8);
    });
    const imageUrl = await page.locator('#rich-menu img').getAttribute('src');
    expect(Buffer.from(await (await fetch(new URL(imageUrl!, `${bot.url}/dev/`))).arrayBuffer()).equals(ARTWORK)).toBe(true);
    const userId = (await page.locator('#chat-title small').getAttribute('title'))!;
    for (const area of areas) {
      if (await page.locator('#rich-menu-panel.closed').count()) await page.click('#rich-menu-bar');
      await exchange(page, () => menu.getByRole('button', { name: area.action.label, exact: true }).click());
      expect(lastEvent(userId)).toMatchObject({ type: 'postback', postback: { data: area.action.data } });
      await page.locator('.row.user .bubble', { hasText: area.action.displayText! }).last().waitFor();
    }
  });

  it('when a staff user is added in the console, then the staff API and the LIFF staff pages accept them, and a villager is refused', async () => {
    const staffId = await addUser(page, { displayName: 'ทดลอง เจ้าหน้าที่', role: 'staff' });
    const token = async (userId: string) => ((await (await fetch(`${bot.url}/dev/api/users/${userId}/id-tokens`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { idToken: string }).idToken;
    const faqs = async (userId: string) => (await fetch(`${bot.url}/api/staff/faqs`, { headers: { authorization: `Bearer ${await token(userId)}` } })).status;
    expect(await faqs(staffId)).toBe(200);
    expect(await faqs(emulator().users.list().find((user) => user.displayName === 'สมชาย ใจดี')!.userId)).toBe(403);
    // The console's user switch is what the LIFF local session signs in as (same origin, same storage).
    const liff = await page.context().newPage();
    await liff.goto(`${bot.url}/liff/staff/cases`);
    await expect.poll(() => liff.locator('.total').textContent()).toContain('ทั้งหมด');
    await liff.close();
  });

  it('when an officer is added with an office from the picker, then the bot has them as an officer of that office', async () => {
    const officeCode = await page.locator('#office-picker option').nth(2).getAttribute('value');
    const userId = await addUser(page, { displayName: 'ทดลอง อปท.', role: 'officer', officeCode: officeCode! });
    const stored = await LineUserModel.findOne({ lineUserId: userId }).lean();
    expect(stored).toMatchObject({ role: 'officer', officeCode });
    expect(await page.locator('#chat-title small').textContent()).toContain('เจ้าหน้าที่ อปท. · ');
    const refused = await fetch(`${bot.url}/dev/api/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ displayName: 'ไม่มีหน่วยงาน', role: 'officer', officeCode: 'NOPE-1' }) });
    expect(refused.status).toBe(400);
    expect(emulator().users.list().some((user) => user.displayName === 'ไม่มีหน่วยงาน')).toBe(false);
  });

  it('then no request of the console failed and the page raised no error', () => {
    expect(consolePage.failedRequests).toEqual([]);
    expect(consolePage.pageErrors).toEqual([]);
  });
});

/** The newest message's bottom edge is inside the message list (and all of it, when it fits). */
function lastMessageInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const list = document.querySelector('#messages')!.getBoundingClientRect();
    const rows = document.querySelectorAll('#messages .row.bot, #messages .row.user');
    const last = rows[rows.length - 1]!.getBoundingClientRect();
    const fits = last.height <= list.height;
    return last.bottom <= list.bottom + 1 && last.bottom > list.top && (!fits || last.top >= list.top - 1) && list.bottom <= innerHeight;
  });
}
