import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isChromiumInstalled } from '../helpers/browser.ts';
import { openLiff, persona, saveScreenshot, useLiffHarness, type LiffHarness } from '../helpers/liff-browser.ts';
import { waitForPushMentioning } from '../helpers/liff-chat.ts';
import { cameraPhoto } from '../helpers/liff-photos.ts';

// ต.ทับตีเหล็ก อ.เมืองสุพรรณบุรี, served by อบต.ทับตีเหล็ก in the sample office data.
const OFFICE = 'SAO-720103';
const PLACE = { latitude: 14.4822, longitude: 100.0853 };

/** Which case endpoints answer yet (the lead builds them alongside these pages). */
async function missingEndpoints(harness: LiffHarness): Promise<string[]> {
  const token = harness.emulator.issueIdToken(persona(harness, 'staff'));
  const paths = ['/api/case-categories', '/api/areas', '/api/offices', '/api/cases/mine', '/api/staff/cases', '/api/staff/invites'];
  const answers = await Promise.all(paths.map((path) => fetch(`${harness.bot.url}${path}`, { headers: { authorization: `Bearer ${token}` } })));
  return paths.filter((_, index) => answers[index]?.status === 404);
}

async function fillDetailedCase(page: Page): Promise<void> {
  await page.getByRole('radio', { name: /แจ้งปัญหา/ }).check();
  await page.getByLabel('ประเภทเรื่อง').selectOption('road');
  await page.getByLabel('รายละเอียด').fill('ถนนในซอยหน้าวัดเป็นหลุมลึกหลายจุด รถจักรยานยนต์ล้มไปแล้วสองคันค่ะ');
  await page.getByLabel('เพิ่มรูป').setInputFiles([await cameraPhoto('hole-1.jpg', '#7a6a58'), await cameraPhoto('hole-2.jpg', '#4f5b66')]);
  await page.getByRole('img', { name: 'รูปที่ 2' }).waitFor();
  await page.getByRole('button', { name: /ใช้ตำแหน่งปัจจุบัน/ }).click();
  await expect.poll(() => page.getByLabel('ละติจูด').inputValue()).toBe(String(PLACE.latitude));
  await page.getByLabel(/^อำเภอ/).selectOption('7201');
  await page.getByLabel('ตำบล').selectOption('720103');
  await page.getByText('ต้องการให้เจ้าหน้าที่โทรติดต่อกลับ').click();
  await page.getByLabel('ชื่อ', { exact: true }).fill('สมชาย ใจดี');
  await page.getByLabel('เบอร์โทร', { exact: true }).fill('081-234-5678');
  await page.getByText('ยินยอมให้ใช้ชื่อและเบอร์โทรเพื่อติดต่อกลับเรื่องนี้').click();
  await expect.poll(() => page.locator('.photo-state[role=status]').count()).toBe(0);
}

describe.skipIf(!isChromiumInstalled() && !process.env.CI)('LIFF: case pages, villager to officer and back', () => {
  const harness = useLiffHarness();
  let ticket = '';

  it('when staff make an invite code and an officer registers with it, then the officer joins that office', async (context) => {
    const missing = await missingEndpoints(harness());
    if (missing.length > 0) context.skip(`waiting for ${missing.join(', ')}`);
    const staff = await openLiff(harness(), '/staff/invites', persona(harness(), 'staff'));
    await staff.page.getByLabel('หน่วยงาน').selectOption(OFFICE);
    await staff.page.getByRole('button', { name: 'สร้างรหัส' }).click();
    const code = (await staff.page.locator('[role=status] .invite-code').textContent()) ?? '';
    expect(code).toMatch(/^\d{6}$/);
    await saveScreenshot(staff.page, 'staff-invites');

    const officer = await openLiff(harness(), '/officer/register', persona(harness(), 'officer'));
    await officer.page.getByLabel('รหัสเชิญ').fill('12');
    await officer.page.getByRole('button', { name: 'ลงทะเบียน' }).click();
    await officer.page.locator('.field-error', { hasText: 'รหัสเชิญเป็นตัวเลข 6 หลัก' }).waitFor();
    await officer.page.getByLabel('รหัสเชิญ').fill(code);
    await officer.page.getByRole('button', { name: 'ลงทะเบียน' }).click();
    await officer.page.getByText('องค์การบริหารส่วนตำบลทับตีเหล็ก แล้วค่ะ').waitFor();
    await saveScreenshot(officer.page, 'officer-register');
  });

  it('when a villager submits the form empty or half right, then the Thai field errors show and nothing is filed', async (context) => {
    const missing = await missingEndpoints(harness());
    if (missing.length > 0) context.skip(`waiting for ${missing.join(', ')}`);
    const { page } = await openLiff(harness(), '/cases/new', persona(harness(), 'villager'));
    const filed: string[] = [];
    page.on('request', (request) => request.method() === 'POST' && request.url().endsWith('/api/cases') && filed.push(request.url()));
    await page.getByRole('button', { name: 'ตรวจสอบก่อนส่ง' }).click();
    for (const message of ['กรุณาเลือกว่าจะแจ้งปัญหาหรือขอคำปรึกษา', 'กรุณาเลือกประเภทเรื่อง', 'กรุณาเล่ารายละเอียดอย่างน้อย 5 ตัวอักษร', 'กรุณาระบุตำแหน่ง หรือเลือกอำเภอและตำบล']) {
      await page.locator('.field-error', { hasText: message }).waitFor();
    }
    await page.getByText('ต้องการให้เจ้าหน้าที่โทรติดต่อกลับ').click();
    await page.getByLabel('เบอร์โทร', { exact: true }).fill('12345');
    await page.getByRole('button', { name: 'ตรวจสอบก่อนส่ง' }).click();
    await page.locator('.field-error', { hasText: 'กรุณากรอกเบอร์โทร 9–10 หลัก' }).waitFor();
    await page.locator('.field-error', { hasText: 'กรุณายินยอมให้ใช้ชื่อและเบอร์โทร' }).waitFor();
    await saveScreenshot(page, 'new-case-errors');
    expect(filed).toEqual([]);
    expect(await page.getByRole('heading', { name: 'แจ้งเรื่องใหม่' }).count()).toBe(1);
  });

  it('when a photo finishes uploading after the villager typed their phone, then the phone stays as typed', async () => {
    const { page } = await openLiff(harness(), '/cases/new', persona(harness(), 'villager'));
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/uploads', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByLabel('เพิ่มรูป').setInputFiles([await cameraPhoto('slow.jpg', '#6a7a58')]);
    await page.getByText('ต้องการให้เจ้าหน้าที่โทรติดต่อกลับ').click();
    await page.getByLabel('ชื่อ', { exact: true }).fill('มาลี ศรีสุข');
    // The upload's answer and the typing land together, as on a slow phone.
    release();
    await page.getByLabel('เบอร์โทร', { exact: true }).pressSequentially('0899998888', { delay: 15 });
    await expect.poll(() => page.locator('.photo-state[role=status]').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.getByLabel('เบอร์โทร', { exact: true }).inputValue()).toBe('0899998888');
    expect(await page.getByLabel('ชื่อ', { exact: true }).inputValue()).toBe('มาลี ศรีสุข');
  });

  it('when a villager files a detailed case with two photos and a location, then they see the ticket and the officer gets the card', async (context) => {
    const missing = await missingEndpoints(harness());
    if (missing.length > 0) context.skip(`waiting for ${missing.join(', ')}`);
    const { page, context: browserContext, pageErrors } = await openLiff(harness(), '/cases/new', persona(harness(), 'villager'));
    await browserContext.grantPermissions(['geolocation']);
    await browserContext.setGeolocation(PLACE);
    await fillDetailedCase(page);
    await saveScreenshot(page, 'new-case-form');
    await page.getByRole('button', { name: 'ตรวจสอบก่อนส่ง' }).click();
    await page.getByRole('heading', { name: 'ตรวจสอบก่อนส่ง' }).waitFor();
    await expect.poll(() => page.locator('.summary img').count()).toBe(2);
    await saveScreenshot(page, 'new-case-preview');
    await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();
    ticket = ((await page.locator('.ticket').textContent()) ?? '').trim();
    expect(ticket).not.toBe('');
    await saveScreenshot(page, 'new-case-done');
    await waitForPushMentioning(harness().emulator, persona(harness(), 'villager'), ticket);
    await waitForPushMentioning(harness().emulator, persona(harness(), 'officer'), ticket);
    expect(pageErrors).toEqual([]);
  });

  it('when the officer accepts and resolves it with a note and a result photo, then the villager’s chat gets the update', async (context) => {
    if (!ticket) context.skip('needs the filed case');
    const { page } = await openLiff(harness(), '/officer/queue', persona(harness(), 'officer'));
    await page.locator('.case-card', { hasText: ticket }).waitFor();
    await saveScreenshot(page, 'officer-queue');
    await page.locator('.case-card', { hasText: ticket }).click();
    await page.getByRole('button', { name: 'รับเรื่อง', exact: true }).click();
    await page.getByRole('button', { name: 'ยืนยันรับเรื่อง' }).click();
    await page.getByRole('status').filter({ hasText: 'บันทึก «รับเรื่อง» แล้วค่ะ' }).waitFor();
    await page.getByRole('button', { name: 'แก้ไขเสร็จแล้ว', exact: true }).click();
    await page.getByLabel('สรุปผลการแก้ไข').fill('ช่างของ อบต. ลงยางมะตอยปิดหลุมทั้งสามจุดแล้วค่ะ');
    await page.getByLabel('เพิ่มรูป').setInputFiles([await cameraPhoto('fixed.jpg', '#333333')]);
    await expect.poll(() => page.locator('.action-form .photo-state[role=status]').count()).toBe(0);
    await saveScreenshot(page, 'officer-resolve');
    const before = harness().emulator.deliveries({ userId: persona(harness(), 'villager'), via: 'push' }).length;
    await page.getByRole('button', { name: 'ยืนยันแก้ไขเสร็จแล้ว' }).click();
    await page.getByRole('status').filter({ hasText: 'บันทึก «แก้ไขเสร็จแล้ว» แล้วค่ะ' }).waitFor();
    await saveScreenshot(page, 'case-detail-officer');
    await expect.poll(() => harness().emulator.deliveries({ userId: persona(harness(), 'villager'), via: 'push' }).slice(before).map((delivery) => JSON.stringify(delivery.message)).join(' ')).toContain(ticket);
  });

  it('when the villager opens my cases, then the case and its timeline show, and rating it closes it', async (context) => {
    if (!ticket) context.skip('needs the filed case');
    const { page } = await openLiff(harness(), '/cases', persona(harness(), 'villager'));
    await page.locator('.case-card', { hasText: ticket }).waitFor();
    await saveScreenshot(page, 'my-cases');
    await page.locator('.case-card', { hasText: ticket }).click();
    await page.locator('.timeline li').nth(2).waitFor();
    await page.getByRole('button', { name: 'ให้คะแนน', exact: true }).click();
    await page.getByRole('radio', { name: '5 ดาว' }).check();
    await page.getByRole('button', { name: 'ยืนยันให้คะแนน' }).click();
    await page.locator('.status-badge', { hasText: 'ปิดเรื่องแล้ว' }).waitFor();
    await saveScreenshot(page, 'case-detail-villager');
  });

  it('when staff open all cases, then counts show and the CSV holds the case', async (context) => {
    if (!ticket) context.skip('needs the filed case');
    const { page } = await openLiff(harness(), '/staff/cases', persona(harness(), 'staff'));
    await page.locator('.case-card', { hasText: ticket }).waitFor();
    await expect.poll(() => page.locator('.total').textContent()).toContain('ทั้งหมด');
    await saveScreenshot(page, 'staff-cases');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ส่งออก CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^cases-25\d\d-\d\d-\d\d\.csv$/); // Buddhist year
    const csv = await (await download.createReadStream()).toArray();
    expect(Buffer.concat(csv).toString('utf8')).toContain(ticket);
  });
});
