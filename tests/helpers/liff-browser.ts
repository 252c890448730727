import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildLiff } from '../../scripts/build-liff.ts';
import { loadConfig } from '../../infra/config/load-config.ts';
import { createLogger } from '../../infra/logger.ts';
import { startBot, type RunningBot } from '../../bot/start-bot.ts';
import type { LineEmulator } from '../../dev/line-emulator/index.ts';
import { useTestDatabase } from './database.ts';
import { launchBrowser } from './browser.ts';

export const LIFF_SCREENSHOTS = 'test-results/liff';

export type LiffHarness = { bot: RunningBot; emulator: LineEmulator; browser: Browser };

/**
 * For a LIFF browser test file: a fresh database, the real bot in local mode (emulator, console,
 * /liff/ built if stale) and Chromium. Call the returned function inside tests.
 */
export function useLiffHarness(): () => LiffHarness {
  useTestDatabase();
  let harness: LiffHarness | undefined;
  beforeAll(async () => {
    await buildLiff({ ifStale: true, quiet: true });
    const config = loadConfig({ PORT: '0', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' });
    const bot = await startBot(config, createLogger(config.logLevel), { useExistingDatabaseConnection: true });
    harness = { bot, emulator: bot.local!.emulator, browser: await launchBrowser() };
  }, 120_000);
  afterAll(async () => {
    await harness?.browser.close();
    await harness?.bot.close();
  });
  return () => {
    if (!harness) throw new Error('the LIFF harness starts in beforeAll');
    return harness;
  };
}

export type LiffPage = { page: Page; context: BrowserContext; pageErrors: string[] };

/**
 * A phone-sized page (360×740, Thai, Bangkok time) on a LIFF path, as the given emulator user.
 * Only the test server is reachable: everything else (map tiles) fails at once, as offline.
 */
export async function openLiff(harness: LiffHarness, path: string, userId: string): Promise<LiffPage> {
  const context = await harness.browser.newContext({
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 1,
    hasTouch: true,
  });
  const origin = new URL(harness.bot.url).origin;
  await context.route((url) => url.origin !== origin, (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const separator = path.includes('?') ? '&' : '?';
  await page.goto(`${harness.bot.url}/liff${path}${separator}as=${encodeURIComponent(userId)}`);
  return { page, context, pageErrors };
}

/** Saves a full-page screenshot under test-results/liff/ for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(LIFF_SCREENSHOTS, { recursive: true });
  const path = join(LIFF_SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The emulator persona with this role (local mode seeds villager, officer and staff). */
export function persona(harness: LiffHarness, role: 'villager' | 'officer' | 'staff', index = 0): string {
  const user = harness.emulator.users.list().filter((candidate) => candidate.role === role)[index];
  if (!user) throw new Error(`no ${role} persona`);
  return user.userId;
}
