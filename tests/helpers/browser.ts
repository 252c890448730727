import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); nothing is downloaded at test time. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function isChromiumInstalled(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A fresh page in Thai locale and Bangkok time, with page errors collected for assertions. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    viewport: { width: 1280, height: 820 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url);
  return { page, pageErrors };
}

/**
 * Where a README screenshot goes: the docs file when asked to refresh it (UPDATE_SCREENSHOT=1)
 * or when it is missing, otherwise a temp file, so ordinary test runs leave the tree unchanged.
 */
export function screenshotTarget(docsFile: string): string {
  if (process.env.UPDATE_SCREENSHOT === '1' || !existsSync(docsFile)) return docsFile;
  return join(tmpdir(), `${process.pid}-${basename(docsFile)}`);
}
