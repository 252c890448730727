import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { isChromiumInstalled, screenshotTarget } from '../helpers/browser.ts';
import { openLiff, persona, saveScreenshot, useLiffHarness, type LiffHarness } from '../helpers/liff-browser.ts';
import { expectEveryFieldLabelled, expectLargeTouchTargets, expectNoSidewaysScroll } from '../helpers/liff-a11y.ts';
import { chatAs } from '../helpers/chat-driver.ts';
import { PrivacyRequestModel } from '../../models/privacy-request.ts';
import { DAY_MS } from '../../domain/time/thai-time.ts';

const ERASED_NOTICE = 'ลบข้อมูลส่วนตัวของคุณเรียบร้อยแล้ว';

/** The README's phone-width picture of a page, as the other LIFF screenshots (palette PNG). */
async function docsScreenshot(page: Page, file: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await sharp(await page.screenshot({ fullPage: true })).png({ palette: true, quality: 90, compressionLevel: 9 }).toFile(screenshotTarget(file));
}

/** A case filed on the new-case page's API, with a name and phone given for a call back. */
async function fileCase(harness: LiffHarness, userId: string): Promise<string> {
  const filed = await fetch(`${harness.bot.url}/api/cases`, {
    method: 'POST',
    headers: { authorization: `Bearer ${harness.emulator.issueIdToken(userId)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'problem', category: 'road', description: 'ถนนหน้าบ้านมาลัยเป็นหลุมลึก น้ำขังทุกครั้งที่ฝนตก', area: { districtCode: '7209', subdistrictCode: '720903' }, contact: { name: 'มาลัย ใจงาม', phone: '0861234567', consent: true } }),
  });
  return ((await filed.json()) as { case: { ticket: string } }).case.ticket;
}

const OVERDUE_NUMBER = 'PR-2569-0900';

/** An access request left 40 days, 10 past the law's 30: the staff page must put it first, marked. */
async function overdueAccessRequest(harness: LiffHarness): Promise<void> {
  const person = harness.emulator.users.add({ displayName: 'สมหมาย รอนาน' });
  await harness.emulator.sendFromUser(person.userId, { type: 'follow' });
  const requestedAt = new Date(Date.now() - 40 * DAY_MS);
  await PrivacyRequestModel.create({ number: OVERDUE_NUMBER, lineUserId: person.userId, kind: 'access', status: 'open', requestedAt, dueAt: new Date(requestedAt.getTime() + 30 * DAY_MS), requestKey: 'test:overdue' });
}

async function expectPhoneFriendly(page: Page): Promise<void> {
  await expectEveryFieldLabelled(page);
  await expectLargeTouchTargets(page);
  await expectNoSidewaysScroll(page);
}

describe.skipIf(!isChromiumInstalled() && !process.env.CI)('LIFF: «ข้อมูลของฉัน» and «คำขอข้อมูลส่วนบุคคล»', () => {
  const harness = useLiffHarness();
  let villagerId = '';
  let ticket = '';
  let number = '';

  it('when a villager opens «ข้อมูลของฉัน», then their case and messages show in plain Thai with how long each is kept, and the download holds it all', async () => {
    const villager = harness().emulator.users.add({ displayName: 'มาลัย ขอลบ' });
    villagerId = villager.userId;
    await harness().emulator.sendFromUser(villagerId, { type: 'follow' });
    await chatAs(harness().emulator, villagerId).say('ค่าธรรมเนียมขยะเดือนละเท่าไร');
    ticket = await fileCase(harness(), villagerId);

    const { page, pageErrors } = await openLiff(harness(), '/me/data', villagerId);
    const caseSection = page.locator('.data-section', { hasText: 'เรื่องที่แจ้ง' });
    await caseSection.getByText(`เรื่อง ${ticket}`).waitFor();
    for (const shown of ['ถนน', 'ถนนหน้าบ้านมาลัย', 'มาลัย ใจงาม', '0861234567', 'รอรับเรื่อง', 'ลบหลังปิดเรื่อง']) await caseSection.getByText(shown).first().waitFor();
    expect(await caseSection.textContent()).toMatch(/25\d\d/); // Buddhist year
    const messages = page.locator('.data-section', { hasText: 'ข้อความที่ส่งถึงบอท' });
    expect(await messages.getByText('ค่าธรรมเนียมขยะเดือนละเท่าไร').isVisible()).toBe(false);
    await messages.locator('summary').click();
    await messages.getByText('ค่าธรรมเนียมขยะเดือนละเท่าไร').waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/[0-9a-f]{24}|U[0-9a-f]{32}/);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /ดาวน์โหลดข้อมูลทั้งหมด/ }).click();
    const downloaded = await download;
    expect(downloaded.suggestedFilename()).toMatch(/^ข้อมูลของฉัน-25\d\d-\d\d-\d\d\.json$/); // Buddhist year
    const file = await downloaded.createReadStream();
    let text = '';
    for await (const chunk of file) text += String(chunk);
    expect(JSON.parse(text)).toMatchObject({ lineUserId: villagerId, retention: { messagesDays: expect.any(Number) } });
    expect(pageErrors).toEqual([]);
  });

  it('when the villager asks to erase and confirms, then the request number and the legal deadline show, and no second request is offered', async (context) => {
    if (!ticket) context.skip('needs the villager with a case');
    const { page, pageErrors } = await openLiff(harness(), '/me/data', villagerId);
    await page.getByRole('button', { name: 'ขอลบข้อมูลของฉัน' }).click();
    await page.getByRole('heading', { name: 'ต้องการลบข้อมูลของคุณใช่ไหมคะ' }).waitFor();
    await page.getByText('สิ่งที่เก็บไว้เป็นสถิติ โดยไม่ระบุตัวตน').waitFor();
    await expectPhoneFriendly(page);
    await saveScreenshot(page, 'my-data-erase-confirm');
    await page.getByRole('button', { name: 'ยืนยันขอลบข้อมูล' }).click();
    const recorded = page.getByRole('status').filter({ hasText: 'บันทึกคำขอแล้วค่ะ' });
    number = (await recorded.locator('.request-number').textContent()) ?? '';
    expect(number).toMatch(/^PR-25\d\d-\d{4}$/);
    await recorded.getByText('30 วันตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'ขอลบข้อมูลของฉัน' }).count()).toBe(0);
    await docsScreenshot(page, 'docs/liff-my-data.png');
    await saveScreenshot(page, 'my-data-erasure-requested');

    const again = await openLiff(harness(), '/me/data', villagerId);
    await again.page.locator('.request-notice', { hasText: number }).getByText('คำขอที่กำลังดำเนินการ').waitFor();
    expect(await again.page.getByRole('button', { name: 'ขอลบข้อมูลของฉัน' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('when a villager opens the staff page, then it is refused as the app refuses any staff page', async () => {
    const { page } = await openLiff(harness(), '/staff/privacy', villagerId || persona(harness(), 'villager'));
    await page.getByRole('heading', { name: 'ไม่มีสิทธิ์เข้าถึงหน้านี้' }).waitFor();
    expect(await page.locator('.card').count()).toBe(0);
  });

  it('when staff review the erasure and confirm it, then the person hears once and nothing of them is left on «ข้อมูลของฉัน»', async (context) => {
    if (!number) context.skip('needs the erasure request');
    await overdueAccessRequest(harness());
    const { page, pageErrors } = await openLiff(harness(), '/staff/privacy', persona(harness(), 'staff'));
    const card = page.locator('.card', { hasText: number });
    await card.getByText('มาลัย ขอลบ').waitFor();
    const first = page.locator('.plain-list > .card').first();
    expect([await first.getAttribute('class'), await first.textContent()]).toEqual(['card overdue', expect.stringContaining('เลยกำหนดมา 10 วัน')]);
    expect(await page.locator('main').textContent()).not.toContain(villagerId);
    await card.getByRole('button', { name: 'ตรวจข้อมูลที่จะลบ' }).click();
    await card.locator('.holdings div', { hasText: 'เรื่องที่แจ้ง' }).getByText('1').waitFor();
    await expectPhoneFriendly(page);
    await docsScreenshot(page, 'docs/liff-staff-privacy.png');
    await saveScreenshot(page, 'staff-privacy-review');

    await card.getByRole('button', { name: 'ลบข้อมูลแล้วแจ้งผู้ขอ' }).click();
    await page.getByRole('status').filter({ hasText: `ลบข้อมูลตามคำขอ ${number} แล้ว` }).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('.card', { hasText: number }).count()).toBe(0);
    await page.locator('.card', { hasText: OVERDUE_NUMBER }).getByRole('button', { name: 'ให้สำเนาแล้ว ปิดคำขอ' }).click();
    await page.getByRole('status').filter({ hasText: `ปิดคำขอ ${OVERDUE_NUMBER} แล้วค่ะ` }).waitFor();
    await page.getByText('ไม่มีคำขอที่รอดำเนินการค่ะ').waitFor();
    await page.getByRole('button', { name: 'ดำเนินการแล้ว' }).click();
    await page.locator('.card', { hasText: number }).getByText('ลบข้อมูลแล้ว (ไม่ระบุตัวตน)').waitFor();
    expect(pageErrors).toEqual([]);

    await chatAs(harness().emulator, villagerId).waitFor(ERASED_NOTICE);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(harness().emulator.deliveries({ userId: villagerId }).filter((delivery) => JSON.stringify(delivery.message).includes(ERASED_NOTICE))).toHaveLength(1);
    const mine = await openLiff(harness(), '/me/data', villagerId);
    await mine.page.getByText('ตอนนี้ไม่มีข้อมูลของคุณเก็บไว้ในระบบค่ะ').waitFor();
    expect(await mine.page.locator('main').textContent()).not.toMatch(/มาลัย|0861234567|ค่าธรรมเนียมขยะ/);
  });
});
