import { describe, expect, it } from 'vitest';
import { isChromiumInstalled } from '../helpers/browser.ts';
import { openLiff, persona, saveScreenshot, useLiffHarness } from '../helpers/liff-browser.ts';
import { expectEveryFieldLabelled, expectLargeTouchTargets, expectNoSidewaysScroll, zoomText } from '../helpers/liff-a11y.ts';

// In CI a missing Chromium must fail the run, not skip it quietly.
describe.skipIf(!isChromiumInstalled() && !process.env.CI)('the LIFF app in local mode', () => {
  const harness = useLiffHarness();

  it('when /liff/ is requested, then the CSP allows exactly the LINE origins the SDK uses and keeps helmet’s other headers', async () => {
    const response = await fetch(`${harness().bot.url}/liff/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self' https://static.line-scdn.net");
    expect(csp).toContain("connect-src 'self' https://api.line.me https://liff.line.me");
    expect(csp).toContain("img-src 'self' data: blob: https://tile.openstreetmap.org");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toContain('max-age');
    const console = await fetch(`${harness().bot.url}/dev/`);
    expect(console.headers.get('content-security-policy')).not.toContain('line.me');
  });

  it('when config.json is read in local mode, then it names the emulator API and no LIFF ID', async () => {
    const config = await (await fetch(`${harness().bot.url}/liff/config.json`)).json();
    expect(config).toEqual({ mode: 'local', liffId: null, mapTileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', localApiBase: '/dev/api' });
  });

  it('when a villager opens the app, then only the villager pages are offered', async () => {
    const { page, pageErrors } = await openLiff(harness(), '/', persona(harness(), 'villager'));
    await page.getByRole('heading', { name: 'Clinic Center' }).waitFor();
    const items = await page.locator('.menu-item strong').allTextContents();
    expect(items).toEqual(['แจ้งเรื่องใหม่', 'เรื่องของฉัน', 'ลงทะเบียนเจ้าหน้าที่', 'ตารางกิจกรรม', 'ข้อมูลของฉัน']);
    await expect.poll(() => page.locator('.local-bar').textContent()).toContain('สมชาย ใจดี');
    await saveScreenshot(page, 'home-villager');
    expect(pageErrors).toEqual([]);
  });

  it('when staff open the app, then the staff pages are offered', async () => {
    const { page } = await openLiff(harness(), '/', persona(harness(), 'staff'));
    await page.locator('.menu-item').first().waitFor();
    const items = await page.locator('.menu-item strong').allTextContents();
    expect(items).toEqual(expect.arrayContaining(['เรื่องทั้งหมด', 'คำถามที่พบบ่อย', 'คำถามที่บอทยังตอบไม่ได้', 'รหัสเชิญเจ้าหน้าที่']));
    expect(items).not.toContain('ลงทะเบียนเจ้าหน้าที่');
    await saveScreenshot(page, 'home-staff');
  });

  it('when the chat console switches user, then the open LIFF page follows, and the console links to it', async () => {
    const { page, context } = await openLiff(harness(), '/', persona(harness(), 'villager'));
    await expect.poll(() => page.locator('.local-bar').textContent()).toContain('สมชาย ใจดี');
    const chatConsole = await context.newPage();
    await chatConsole.goto(`${harness().bot.url}/dev/`);
    // At phone width the console's user list is a drawer.
    await chatConsole.click('#sidebar-open');
    await chatConsole.locator('#user-list .user-button', { hasText: 'วิภา' }).click();
    await expect.poll(() => page.locator('.local-bar').textContent(), { timeout: 10_000 }).toContain('วิภา');
    await page.locator('.menu-item', { hasText: 'คำถามที่พบบ่อย' }).waitFor();
    expect(await chatConsole.locator('#liff-link').getAttribute('href')).toBe(`/liff/?as=${persona(harness(), 'staff')}`);
  });

  it('when staff edit an FAQ entry at 200% text size, then every field is labelled, targets are large and nothing scrolls sideways', async () => {
    const { page } = await openLiff(harness(), '/staff/faq/elderly-allowance-rates', persona(harness(), 'staff'));
    await page.getByLabel('คำตอบ', { exact: true }).waitFor();
    await expectEveryFieldLabelled(page);
    await expectLargeTouchTargets(page);
    await zoomText(page);
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'staff-faq-edit-zoom-200');
  });

  it('when the keyboard alone is used on the home page, then Tab reaches each menu item in order and Enter opens it', async () => {
    const { page } = await openLiff(harness(), '/', persona(harness(), 'villager'));
    await page.locator('.menu-item').first().waitFor();
    const reached: string[] = [];
    for (let step = 0; step < 6 && reached.length < 3; step++) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => (document.activeElement?.classList.contains('menu-item') ? document.activeElement.querySelector('strong')?.textContent ?? '' : ''));
      if (text) reached.push(text);
    }
    expect(reached).toEqual(['แจ้งเรื่องใหม่', 'เรื่องของฉัน', 'ลงทะเบียนเจ้าหน้าที่']);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'ลงทะเบียนเจ้าหน้าที่' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-title');
  });
});
