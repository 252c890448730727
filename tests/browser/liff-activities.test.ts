import { describe, expect, it } from 'vitest';
import { isChromiumInstalled } from '../helpers/browser.ts';
import { openLiff, persona, saveScreenshot, useLiffHarness } from '../helpers/liff-browser.ts';
import { toBangkokLocalInput } from '../../domain/activities/activity-time.ts';
import { DAY_MS } from '../../domain/time/thai-time.ts';


/** 09:00 Bangkok, `days` from now: the datetime-local value. */
const at = (days: number, hour: number) => toBangkokLocalInput(new Date(Math.floor((Date.now() + days * DAY_MS) / DAY_MS) * DAY_MS + (hour - 7) * 3_600_000));

describe.skipIf(!isChromiumInstalled() && !process.env.CI)('LIFF: «ตารางกิจกรรม» pages for staff and villagers', () => {
  const harness = useLiffHarness();
  let activityPath = '';

  it('when staff send an empty form, then each field says what is missing; filled in and published, it is in the month view', async () => {
    const { page } = await openLiff(harness(), '/staff/activities/new', persona(harness(), 'staff'));
    await page.getByRole('button', { name: 'เผยแพร่' }).click();
    await page.locator('.field-error', { hasText: 'กรุณากรอกชื่อกิจกรรม' }).waitFor();
    await expect.poll(() => page.locator('.field-error').count()).toBeGreaterThanOrEqual(4);
    await saveScreenshot(page, 'staff-activity-form-errors');

    await page.getByLabel('ชื่อกิจกรรม').fill('อบรมการจัดการขยะชุมชนทับตีเหล็ก');
    await page.getByLabel('ประเภท').selectOption('training');
    await page.getByLabel('หัวข้อ').selectOption('environment');
    await page.getByLabel('เริ่ม').fill(at(10, 9));
    await page.getByLabel('สิ้นสุด').fill(at(10, 8));
    await page.getByLabel('สถานที่', { exact: true }).fill('ศาลาประชาคมหมู่ 3');
    await page.getByText('เฉพาะตำบล', { exact: true }).click();
    await page.getByLabel('อำเภอ', { exact: true }).selectOption('7201');
    await page.getByLabel('ตำบล', { exact: true }).selectOption('720103');
    await page.getByLabel('จำนวนที่นั่ง').fill('30');
    await page.getByRole('button', { name: 'เผยแพร่' }).click();
    await page.locator('.field-error', { hasText: 'เวลาสิ้นสุดต้องหลังเวลาเริ่ม' }).waitFor();
    await page.getByLabel('สิ้นสุด').fill(at(10, 12));
    await page.getByRole('button', { name: 'เผยแพร่' }).click();
    await page.getByText('เผยแพร่แล้ว ผู้รับข่าว').waitFor();
    activityPath = new URL(page.url()).pathname;
    expect(activityPath).toMatch(/^\/liff\/staff\/activities\/[0-9a-f]{24}$/);
    await saveScreenshot(page, 'staff-activity-published');

    const month = at(10, 9).slice(0, 7);
    const list = await openLiff(harness(), `/staff/activities?month=${month}`, persona(harness(), 'staff'));
    await list.page.getByRole('heading', { name: 'อบรมการจัดการขยะชุมชนทับตีเหล็ก' }).waitFor();
    await saveScreenshot(list.page, 'staff-activities-month');
  });

  it('when a villager registers on the list and staff then reschedule and cancel with reasons, then the history says so and the villager hears of both in LINE', async () => {
    const villager = persona(harness(), 'villager');
    const { page } = await openLiff(harness(), '/activities', villager);
    const card = page.locator('article', { hasText: 'อบรมการจัดการขยะชุมชนทับตีเหล็ก' });
    await card.getByRole('button', { name: 'ลงทะเบียน' }).click();
    await card.getByText('ลงทะเบียนเรียบร้อยแล้ว').waitFor();
    await card.getByRole('button', { name: 'ยกเลิกการลงทะเบียน' }).waitFor();
    expect(await card.getByText('เหลือ 29 จาก 30 ที่').count()).toBe(1);
    await saveScreenshot(page, 'activities-list-registered');

    const staff = await openLiff(harness(), activityPath.replace('/liff', ''), persona(harness(), 'staff'));
    await staff.page.getByRole('button', { name: 'เลื่อนวัน' }).click();
    await staff.page.getByLabel('เริ่มใหม่').fill(at(12, 9));
    await staff.page.getByLabel('สิ้นสุดใหม่').fill(at(12, 12));
    await staff.page.getByRole('button', { name: 'ยืนยันเลื่อนวัน' }).click();
    await staff.page.locator('.field-error', { hasText: 'กรุณาระบุเหตุผล' }).waitFor();
    await staff.page.getByLabel('เหตุผล').fill('ตรงกับงานประจำปีของตำบล');
    await staff.page.getByRole('button', { name: 'ยืนยันเลื่อนวัน' }).click();
    await staff.page.getByText('เหตุผล: ตรงกับงานประจำปีของตำบล').waitFor();
    await staff.page.getByRole('button', { name: 'ยกเลิกกิจกรรม' }).click();
    await staff.page.getByLabel('เหตุผล').fill('วิทยากรติดภารกิจด่วน');
    await staff.page.getByRole('button', { name: 'ยืนยันยกเลิกกิจกรรม' }).click();
    await staff.page.getByText('เหตุผล: วิทยากรติดภารกิจด่วน').waitFor();
    await saveScreenshot(staff.page, 'staff-activity-cancelled');

    const told = async (needle: string) => {
      for (let i = 0; i < 100; i++) {
        if (harness().emulator.deliveries({ userId: villager }).some((delivery) => JSON.stringify(delivery.message).includes(needle))) return true;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return false;
    };
    expect(await told('เปลี่ยนวันเวลากิจกรรมค่ะ: อบรมการจัดการขยะชุมชนทับตีเหล็ก')).toBe(true);
    expect(await told('ยกเลิกกิจกรรมค่ะ: อบรมการจัดการขยะชุมชนทับตีเหล็ก')).toBe(true);
  });
});
