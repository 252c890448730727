import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useTestDatabase } from '../helpers/database.ts';
import { isChromiumInstalled, launchBrowser, openPage, screenshotTarget } from '../helpers/browser.ts';
import { loadConfig } from '../../infra/config/load-config.ts';
import { createLogger } from '../../infra/logger.ts';
import { startBot, type RunningBot } from '../../bot/start-bot.ts';

useTestDatabase();

// In CI a missing Chromium must fail the run, not skip it quietly.
describe.skipIf(!isChromiumInstalled() && !process.env.CI)('the real bot in local mode, through the chat console', () => {
  let bot: RunningBot;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent' });
    bot = await startBot(config, createLogger('silent'), { useExistingDatabaseConnection: true });
    browser = await launchBrowser();
    ({ page, pageErrors } = await openPage(browser, `${bot.url}/dev`));
  });

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  async function say(text: string): Promise<void> {
    await page.fill('#composer-text', text);
    await page.press('#composer-text', 'Enter');
  }

  it('when a villager types เมนู, then the bot answers with the menu card and its buttons work', async () => {
    expect(bot.local).not.toBeNull();
    await expect.poll(() => page.locator('#live-status').textContent()).toBe('เชื่อมต่อสดแล้ว');
    await say('เมนู');
    await page.locator('.flex-bubble', { hasText: 'เมนูบริการ Clinic Center' }).waitFor();
    await page.locator('.flex-button', { hasText: 'ติดต่อศูนย์' }).last().click();
    await page.locator('.flex-bubble', { hasText: 'เหตุฉุกเฉินโทรได้ตลอด 24 ชั่วโมง' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('when a villager asks a question from the knowledge base, then the answer comes with a 👍/👎 quick reply', async () => {
    await say('เบี้ยคนแก่ได้วันไหนคะ');
    await page.locator('.row.bot .bubble', { hasText: 'ตรงคำถามไหมคะ' }).last().waitFor();
    expect(await page.locator('#quick-replies .chip').allTextContents()).toEqual(['👍 ตรงคำถาม', '👎 ไม่ตรง']);
    await page.screenshot({ path: screenshotTarget('docs/chat-console.png') });
  });

  it('when a question is out of scope, then the bot says so honestly and offers a consultation', async () => {
    await say('ดูดวงความรักให้หน่อยนะคะ');
    await page.locator('.row.bot .bubble', { hasText: 'ขออภัยค่ะ ยังไม่มีคำตอบ' }).last().waitFor();
    expect(await page.locator('#quick-replies .chip').allTextContents()).toContain('ขอคำปรึกษา');
  });
});
