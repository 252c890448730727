import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const PHONE = { width: 390, height: 844 } as const;

export type ConsolePage = {
  page: Page;
  pageErrors: string[];
  /** Every request that failed or answered 4xx/5xx, as "status url". */
  failedRequests: string[];
};

/**
 * The chat console at phone size (Thai locale, Bangkok time, touch), watching every request so a
 * test can say there were no 404s. EventSource requests cut when the page closes are not failures.
 */
export async function openConsole(browser: Browser, url: string, viewport: { width: number; height: number } = PHONE, deviceScaleFactor = 1): Promise<ConsolePage> {
  const context = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', viewport, deviceScaleFactor, hasTouch: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    if (!request.url().endsWith('/api/stream')) failedRequests.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`);
  });
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('#live-status')?.textContent === 'เชื่อมต่อสดแล้ว');
  return { page, pageErrors, failedRequests };
}

export async function say(page: Page, text: string): Promise<void> {
  await page.fill('#composer-text', text);
  await page.press('#composer-text', 'Enter');
}

/** Does something in the chat and waits until the bot's answer has been drawn. */
export async function exchange(page: Page, act: () => Promise<void>): Promise<void> {
  // The typing dots are a bot row too, and may linger from the answer before (the loading notice can land after it).
  const answers = page.locator('.row.bot:not(.typing)');
  const before = await answers.count();
  await act();
  await expect.poll(() => answers.count(), { timeout: 15_000 }).toBeGreaterThan(before);
}

export async function selectUser(page: Page, displayName: string): Promise<void> {
  if (await page.locator('#sidebar-open').isVisible()) await page.click('#sidebar-open');
  await page.locator('#user-list .user-button', { hasText: displayName }).click();
  await page.locator('#chat-title strong', { hasText: displayName }).waitFor();
}

export async function addUser(page: Page, input: { displayName: string; role: 'villager' | 'officer' | 'staff'; officeCode?: string }): Promise<string> {
  if (await page.locator('#sidebar-open').isVisible()) await page.click('#sidebar-open');
  await page.fill('#add-user-form input[name=displayName]', input.displayName);
  await page.selectOption('#add-user-form select[name=role]', input.role);
  if (input.officeCode) await page.selectOption('#office-picker', input.officeCode);
  await page.click('#add-user-form button[type=submit]');
  await page.locator('#chat-title strong', { hasText: input.displayName }).waitFor();
  return (await page.locator('#chat-title small').getAttribute('title')) ?? '';
}

/**
 * Whether the element is entirely inside the window and nothing covers its middle: what a person
 * sees without scrolling.
 */
export async function isOnScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const inside = box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth && box.height > 0;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 10));
    return inside && hit !== null && (element === hit || element.contains(hit));
  });
}
