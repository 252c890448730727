import { describe, expect, it } from 'vitest';
import { isChromiumInstalled } from '../helpers/browser.ts';
import { openLiff, persona, saveScreenshot, useLiffHarness } from '../helpers/liff-browser.ts';
import { askBot } from '../helpers/liff-chat.ts';

describe.skipIf(!isChromiumInstalled() && !process.env.CI)('LIFF: the staff FAQ editor', () => {
  const harness = useLiffHarness();

  it('when staff search, edit an answer and save, then the bot answers with the new text', async () => {
    const { page, pageErrors } = await openLiff(harness(), '/staff/faq', persona(harness(), 'staff'));
    await page.getByLabel('ค้นหา').fill('โอนเข้าบัญชี');
    const entry = page.locator('.card', { hasText: 'เบี้ยยังชีพผู้สูงอายุโอนเข้าบัญชีวันไหน' });
    await entry.waitFor();
    await saveScreenshot(page, 'staff-faq-list');
    await entry.getByRole('link', { name: 'แก้ไข เบี้ยยังชีพผู้สูงอายุโอนเข้าบัญชีวันไหน' }).click();
    const answer = page.getByLabel('คำตอบ', { exact: true });
    await answer.waitFor();
    const newAnswer = 'เบี้ยยังชีพผู้สูงอายุโอนเข้าบัญชีทุกวันที่ 10 ของเดือน (ฉบับแก้ไขโดยเจ้าหน้าที่) ถ้าตรงวันหยุดจะโอนวันทำการก่อนหน้าค่ะ';
    await answer.fill(newAnswer);
    await page.locator('.chat-preview', { hasText: 'ฉบับแก้ไขโดยเจ้าหน้าที่' }).waitFor();
    await saveScreenshot(page, 'staff-faq-edit');
    await page.getByRole('button', { name: 'บันทึก' }).click();
    await page.getByText('บันทึกแล้ว บอทใช้คำตอบใหม่ทันทีค่ะ').waitFor();
    const reply = await askBot(harness().emulator, persona(harness(), 'villager'), 'เบี้ยยังชีพผู้สูงอายุโอนเข้าบัญชีวันไหน');
    expect(reply).toContain('ฉบับแก้ไขโดยเจ้าหน้าที่');
    expect(pageErrors).toEqual([]);
  });

  it('when the answer is emptied, then the Thai field error shows and nothing is sent', async () => {
    const { page } = await openLiff(harness(), '/staff/faq/elderly-allowance-rates', persona(harness(), 'staff'));
    const answer = page.getByLabel('คำตอบ', { exact: true });
    await answer.waitFor();
    const writes: string[] = [];
    page.on('request', (request) => request.method() !== 'GET' && writes.push(request.url()));
    await answer.fill('   ');
    await page.getByLabel('ที่อยู่ลิงก์ 1').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'บันทึก' }).click();
    await page.locator('.field-error', { hasText: 'ต้องมีคำตอบ' }).waitFor();
    expect(await answer.getAttribute('aria-invalid')).toBe('true');
    await saveScreenshot(page, 'staff-faq-invalid');
    expect(writes).toEqual([]);
  });

  it('when staff switch an entry off from the list, then it is marked and stays off', async () => {
    const { page } = await openLiff(harness(), '/staff/faq', persona(harness(), 'staff'));
    await page.getByLabel('ค้นหา').fill('ร้านอาหาร');
    await page.getByRole('button', { name: /^ปิดใช้ เปิดร้านอาหาร/ }).click();
    await page.getByRole('button', { name: /^เปิดใช้ เปิดร้านอาหาร/ }).waitFor();
    await page.reload();
    await page.getByLabel('แสดง').selectOption('disabled');
    await page.locator('.card', { hasText: 'เปิดร้านอาหาร' }).locator('.badge-off').waitFor();
  });

  it('when a villager opens a staff page, then a clear Thai refusal shows', async () => {
    const { page, pageErrors } = await openLiff(harness(), '/staff/faq', persona(harness(), 'villager'));
    const refusal = page.getByRole('alert');
    await refusal.getByRole('heading', { name: 'ไม่มีสิทธิ์เข้าถึงหน้านี้' }).waitFor();
    expect(await refusal.textContent()).toContain('บัญชีนี้ไม่มีสิทธิ์ใช้งานส่วนนี้ค่ะ');
    expect(await page.locator('.card').count()).toBe(0);
    await saveScreenshot(page, 'refusal-villager-staff-page');
    expect(pageErrors).toEqual([]);
  });
});
