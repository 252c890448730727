import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isChromiumInstalled } from '../helpers/browser.ts';
import { openLiff, persona, saveScreenshot, useLiffHarness } from '../helpers/liff-browser.ts';
import { expectEveryFieldLabelled, expectNoSidewaysScroll } from '../helpers/liff-a11y.ts';
import { seedReportData } from '../helpers/report-seed.ts';

describe.skipIf(!isChromiumInstalled() && !process.env.CI)('LIFF: the 6-monthly report', () => {
  const harness = useLiffHarness();
  beforeAll(async () => {
    await seedReportData();
  });

  it('when staff open 2570-H1, then the key figures sit beside 2569-H2 with charts, tables and downloads at phone width', async () => {
    const { page, pageErrors } = await openLiff(harness(), '/staff/reports?period=2570-H1', persona(harness(), 'staff'));
    const received = page.locator('.report-tile', { hasText: 'เรื่องที่รับใหม่' });
    await received.waitFor();
    expect(await received.innerText()).toMatch(/เรื่องที่รับใหม่\s*6\s*งวดก่อน 4 · \+2 \(\+50\.0%\)/);
    expect(await page.locator('.report-tile', { hasText: 'เวลารับเรื่อง' }).innerText()).toContain('13.0 ชม.');
    expect(await page.locator('figure.report-chart svg rect').count()).toBeGreaterThan(4);
    await page.getByText('แยกตามหมวดเรื่อง').click();
    expect(await page.locator('.report-table', { hasText: 'แยกตามหมวดเรื่อง' }).innerText()).toContain('ท่อระบายน้ำ น้ำท่วมขัง');
    await expectNoSidewaysScroll(page);
    await expectEveryFieldLabelled(page);
    await saveScreenshot(page, 'staff-report');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('report-2570-H1.pdf');
    expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageErrors).toEqual([]);
  });

  it('when a villager opens the report page, then the API refuses in Thai and no figure is shown', async () => {
    const { page } = await openLiff(harness(), '/staff/reports?period=2570-H1', persona(harness(), 'villager'));
    await page.locator('.notice').first().waitFor();
    expect(await page.locator('.report-tile').count()).toBe(0);
  });
});
