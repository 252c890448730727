import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isChromiumInstalled, launchBrowser } from '../helpers/browser.ts';
import { addUser, exchange, openConsole, say, selectUser, type ConsolePage } from '../helpers/chat-console-page.ts';
import { loadConfig } from '../../infra/config/load-config.ts';
import { createLogger } from '../../infra/logger.ts';
import { startBot, type RunningBot } from '../../bot/start-bot.ts';
import { LineUserModel } from '../../models/line-user.ts';

const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * `npm start` without configuration, twice: the bot opens its own embedded database (here in a
 * temporary directory), so local mode keeps the console's users and chats beside it.
 */
describe.skipIf(!isChromiumInstalled() && !process.env.CI)('local mode across a restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chat-console-restart-'));
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', JOBS_ENABLED: 'false', EMBEDDED_DB_PATH: join(dataDir, 'db') });
  let bot: RunningBot | undefined;
  let browser: Browser;
  const pages: ConsolePage[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function startAndOpen(): Promise<ConsolePage> {
    bot = await startBot(config, createLogger('silent'));
    const opened = await openConsole(browser, `${bot.url}/dev`);
    pages.push(opened);
    return opened;
  }

  it('when the bot restarts, then the users the console added keep their names, roles, friendship and chats', async () => {
    const { page } = await startAndOpen();
    const officerId = await addUser(page, { displayName: 'ทดลอง อปท. ถาวร', role: 'officer', officeCode: 'MUN-7201' });
    await addUser(page, { displayName: 'ทดลอง ก่อนเริ่มใหม่', role: 'villager' });
    await exchange(page, () => page.click('#friend-button'));
    await exchange(page, () => say(page, 'สำนักงานศูนย์เปิดกี่โมงถึงกี่โมงคะ'));
    await exchange(page, () => page.setInputFiles('#attach-image', { name: 'road.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG }));
    await page.locator('.row.user img.photo').waitFor();
    await expect.poll(() => page.locator('.row.user .status:not([data-http])').count()).toBe(0);
    const rowsBefore = await page.locator('#messages .row').allTextContents();
    await page.context().close();
    await bot!.close();

    const { page: again } = await startAndOpen();
    await selectUser(again, 'ทดลอง ก่อนเริ่มใหม่');
    await expect.poll(() => again.locator('#messages .row').allTextContents()).toEqual(rowsBefore);
    expect(await again.locator('#friend-bar').isHidden()).toBe(true);
    await expect.poll(() => again.locator('.row.user img.photo').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(1);
    await selectUser(again, 'ทดลอง อปท. ถาวร');
    expect(await again.locator('#chat-title small').textContent()).toBe('เจ้าหน้าที่ อปท. · เทศบาลเมืองสุพรรณบุรี');
    expect(await LineUserModel.findOne({ lineUserId: officerId }).lean()).toMatchObject({ role: 'officer', officeCode: 'MUN-7201' });
    await exchange(again, () => say(again, 'ขอบคุณค่ะ'));
    for (const opened of pages) {
      expect(opened.failedRequests).toEqual([]);
      expect(opened.pageErrors).toEqual([]);
    }
  });
});
