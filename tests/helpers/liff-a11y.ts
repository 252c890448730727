import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Every visible input, select and textarea has a label (or an aria-label) a screen reader reads. */
export async function expectEveryFieldLabelled(page: Page): Promise<void> {
  const unlabelled = await page.$$eval('input:not([type=hidden]), select, textarea', (fields) =>
    fields
      .filter((field) => {
        const element = field as HTMLInputElement;
        const visible = element.offsetParent !== null || element.classList.contains('visually-hidden');
        return visible && (element.labels?.length ?? 0) === 0 && !element.getAttribute('aria-label') && !element.getAttribute('aria-labelledby');
      })
      .map((field) => field.outerHTML.slice(0, 80)),
  );
  expect(unlabelled).toEqual([]);
}

/** Nothing is wider than the phone: no sideways scrolling. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/** Buttons, links styled as buttons and choices are at least 44 px tall (WCAG 2.5.5's target size). */
export async function expectLargeTouchTargets(page: Page): Promise<void> {
  const small = await page.$$eval('button, .button, .choice, .menu-item, .check, .chip', (targets) =>
    targets
      .filter((target) => (target as HTMLElement).offsetParent !== null && target.getBoundingClientRect().height < 44)
      .map((target) => `${target.textContent?.trim().slice(0, 30)} (${Math.round(target.getBoundingClientRect().height)} px)`),
  );
  expect(small).toEqual([]);
}

/** What 200 % text zoom does to pages sized in rem: everything doubles, the viewport does not. */
export async function zoomText(page: Page): Promise<void> {
  await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
}
