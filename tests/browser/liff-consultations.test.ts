import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isChromiumInstalled, openPage } from '../helpers/browser.ts';
import { openLiff, persona, saveScreenshot, useLiffHarness, type LiffHarness } from '../helpers/liff-browser.ts';
import { cameraPhoto } from '../helpers/liff-photos.ts';
import { chatAs, testPhoto, textOf } from '../helpers/chat-driver.ts';
import { expectEveryFieldLabelled, expectLargeTouchTargets, expectNoSidewaysScroll } from '../helpers/liff-a11y.ts';
import { assignRole } from '../../domain/users/assign-role.ts';

const QUESTION = 'เพื่อนบ้านสร้างรั้วรุกเข้ามาในที่ดินผมประมาณหนึ่งเมตร จะทำอย่างไรดีครับ';
const REPLY = 'ขอให้ถ่ายรูปหลักหมุดเขตที่ดินมาให้ดูด้วยนะคะ';
const SECOND = 'ส่งรูปมาในแชตนี้ได้เลยค่ะ';

/** The villager's chat as LINE shows it: the chat console at /dev, on this villager. */
async function openVillagerChat(harness: LiffHarness, userId: string): Promise<Page> {
  const { page } = await openPage(harness.browser, `${harness.bot.url}/dev`);
  const name = harness.emulator.users.list().find((user) => user.userId === userId)!.displayName;
  // The user list may sit in a drawer on narrow screens; the button's click is what picks the user.
  await page.locator(`.user-button[title="${name}"]`).first().evaluate((button) => (button as HTMLElement).click());
  await expect.poll(() => page.locator('#chat-title strong').textContent()).toBe(name);
  return page;
}

function botSaid(console: Page, text: string) {
  return console.locator('.row.bot .bubble', { hasText: text });
}

describe.skipIf(!isChromiumInstalled() && !process.env.CI)('LIFF: staff talk with a villager who asked for a person', () => {
  const harness = useLiffHarness();
  let ticket = '';
  let chatPath = '';

  it('when a villager asks for a person in the chat, then the queue shows them waiting and a tap opens the chat with the question and the bot’s earlier answer', async () => {
    const villager = chatAs(harness().emulator, persona(harness(), 'villager'));
    expect(textOf(await villager.say('เบี้ยคนแก่ได้วันไหนคะ'))).toContain('เบี้ยยังชีพ');
    expect(textOf(await villager.say('ขอคุยกับเจ้าหน้าที่ตัวจริงได้ไหม'))).toContain('เรื่องที่อยากปรึกษาเกี่ยวกับอะไรคะ');
    expect(textOf(await villager.tap('กฎหมาย'))).toContain('พิมพ์เรื่องที่อยากปรึกษา');
    // In office hours or not (the harness keeps the default mon-fri 08:30-16:30), it waits for staff with a ticket.
    ticket = /CC-\d{4}-\d{5}/.exec(textOf(await villager.say(QUESTION)))?.[0] ?? '';
    expect(ticket).not.toBe('');

    const { page, pageErrors } = await openLiff(harness(), '/', persona(harness(), 'staff'));
    await page.locator('.menu-item', { hasText: 'คุยกับผู้ขอคำปรึกษา' }).click();
    const card = page.locator('.queue-card', { hasText: ticket });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/เพิ่งส่งมา|รอมา \d+ นาที/);
    expect(await card.textContent()).toContain('ยังไม่มีผู้รับ');
    expect(await card.textContent()).toContain('เพื่อนบ้านสร้างรั้ว');
    await expectNoSidewaysScroll(page);
    await expectLargeTouchTargets(page);
    await saveScreenshot(page, 'staff-consultations');

    await card.click();
    await page.getByRole('heading', { name: `การสนทนา ${ticket}` }).waitFor();
    chatPath = new URL(page.url()).pathname.replace(/^\/liff/, '');
    await page.locator('.chat-line.from-villager', { hasText: QUESTION }).waitFor();
    expect(await page.getByRole('link', { name: /ดูเรื่อง/ }).getAttribute('href')).toBe(`/liff/cases/${ticket}`);
    await page.getByText(/คำตอบที่บอทให้ไปก่อนหน้านี้ \([1-9]/).click();
    await page.locator('.bot-answer', { hasText: 'เบี้ยยังชีพผู้สูงอายุ' }).first().waitFor();
    await expectEveryFieldLabelled(page);
    await expectNoSidewaysScroll(page);
    await expectLargeTouchTargets(page);
    await saveScreenshot(page, 'staff-consultation-waiting');
    expect(pageErrors).toEqual([]);
  });

  it('when staff reply with words and a photo over a connection that drops the first answer, then the villager’s chat shows the line once', async (context) => {
    if (!chatPath) context.skip('needs the consultation');
    const villagerId = persona(harness(), 'villager');
    const { page, pageErrors } = await openLiff(harness(), chatPath, persona(harness(), 'staff'));
    await page.getByRole('button', { name: 'รับเรื่อง', exact: true }).waitFor();
    await page.getByLabel('ตอบผู้ขอคำปรึกษา').fill(REPLY);
    await page.getByLabel('เพิ่มรูป').setInputFiles([await cameraPhoto('boundary.jpg', '#6b5a3e')]);
    await expect.poll(() => page.locator('.chat-composer .photo-state[role=status]').count()).toBe(0);

    // The first send reaches the server, but its answer is lost on the way back: the page says so and keeps the draft.
    const keys: string[] = [];
    let dropped = false;
    await page.route('**/api/consultations/*/messages', async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (dropped) return route.continue();
      dropped = true;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.getByRole('button', { name: 'ส่งข้อความ' }).click();
    await page.getByRole('alert').filter({ hasText: 'เชื่อมต่ออินเทอร์เน็ตไม่ได้' }).waitFor();
    expect(await page.getByLabel('ตอบผู้ขอคำปรึกษา').inputValue()).toBe(REPLY);
    await page.getByRole('button', { name: 'ส่งข้อความ' }).click();
    const mine = page.locator('.chat-line.from-staff', { hasText: REPLY });
    await mine.waitFor();
    await mine.locator('.photo-slot img').waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(await page.getByLabel('ตอบผู้ขอคำปรึกษา').inputValue()).toBe('');
    await page.locator('.status-badge', { hasText: 'กำลังคุย' }).waitFor();
    await saveScreenshot(page, 'staff-consultation-chat');

    // A double tap on «ส่งข้อความ» sends one request.
    const before = keys.length;
    await page.getByLabel('ตอบผู้ขอคำปรึกษา').fill(SECOND);
    await page.getByRole('button', { name: 'ส่งข้อความ' }).dblclick();
    await page.locator('.chat-line.from-staff', { hasText: SECOND }).waitFor();
    expect(keys.length - before).toBe(1);

    const chat = await openVillagerChat(harness(), villagerId);
    await botSaid(chat, REPLY).waitFor();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const lines = harness().emulator.deliveries({ userId: villagerId }).filter((delivery) => JSON.stringify(delivery.message).includes(REPLY));
    expect(lines).toHaveLength(1);
    expect(await botSaid(chat, REPLY).count()).toBe(1);
    await botSaid(chat, SECOND).waitFor();
    expect(harness().emulator.deliveries({ userId: villagerId }).filter((delivery) => JSON.stringify(delivery.message).includes(SECOND))).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });

  it('when the villager sends a photo back, then it shows on the left within a few seconds, without a reload', async (context) => {
    if (!chatPath) context.skip('needs the consultation');
    const { page } = await openLiff(harness(), chatPath, persona(harness(), 'staff'));
    await page.locator('.chat-line.from-staff', { hasText: REPLY }).waitFor();
    await chatAs(harness().emulator, persona(harness(), 'villager')).say('นี่ครับหลักหมุด อยู่ติดรั้วเลย');
    await harness().emulator.sendFromUser(persona(harness(), 'villager'), { type: 'image', content: await testPhoto('#8a6d3b'), contentType: 'image/jpeg' });
    await page.locator('.chat-line.from-villager', { hasText: 'นี่ครับหลักหมุด' }).waitFor();
    await page.locator('.chat-line.from-villager .photo-slot img').waitFor();
    await saveScreenshot(page, 'staff-consultation-chat-photos');
  });

  it('when a second staff member tries to answer a chat someone else handles, then the page says who has it', async (context) => {
    if (!chatPath) context.skip('needs the consultation');
    const other = harness().emulator.users.add({ displayName: 'อนันต์ (ศูนย์ Clinic Center)', role: 'staff' });
    await assignRole(other.userId, 'staff', undefined);
    const { page } = await openLiff(harness(), chatPath, other.userId);
    await page.getByLabel('ตอบผู้ขอคำปรึกษา').fill('สวัสดีค่ะ');
    await page.getByRole('button', { name: 'ส่งข้อความ' }).click();
    await page.getByRole('alert').filter({ hasText: 'ดูแลการสนทนานี้อยู่ค่ะ' }).waitFor();
    expect(harness().emulator.deliveries({ userId: persona(harness(), 'villager') }).some((delivery) => JSON.stringify(delivery.message).includes('สวัสดีค่ะ'))).toBe(false);
  });

  it('when staff answer from the FAQ and add the question to it, then the answer reaches the villager and the bot learns the wording', async (context) => {
    if (!chatPath) context.skip('needs the consultation');
    const villagerId = persona(harness(), 'villager');
    const { page } = await openLiff(harness(), chatPath, persona(harness(), 'staff'));
    await page.getByRole('button', { name: 'ตอบด้วยคำถามที่พบบ่อย' }).click();
    await page.getByLabel('ค้นหาคำถามที่พบบ่อย').fill('กฎหมาย');
    await page.getByRole('button', { name: /ศูนย์ฯ ให้คำปรึกษาด้านกฎหมายไหม/ }).click();
    await saveScreenshot(page, 'staff-consultation-faq');
    await page.getByRole('button', { name: 'ส่งคำตอบนี้ให้ผู้ขอคำปรึกษา' }).click();
    await page.getByRole('status').filter({ hasText: 'ส่งคำตอบของ «ศูนย์ฯ ให้คำปรึกษาด้านกฎหมายไหม» แล้วค่ะ' }).waitFor();
    const answer = await chatAs(harness().emulator, villagerId).waitFor('ศูนย์ฯ มีโปรแกรมด้านกฎหมาย');
    expect(JSON.stringify(answer)).toContain('เจ้าหน้าที่');

    await page.getByRole('button', { name: 'ตอบด้วยคำถามที่พบบ่อย' }).click();
    await page.getByLabel('ค้นหาคำถามที่พบบ่อย').fill('กฎหมาย');
    await page.getByRole('button', { name: /ศูนย์ฯ ให้คำปรึกษาด้านกฎหมายไหม/ }).click();
    await page.getByLabel('ข้อความคำถามที่จะเพิ่ม').fill('เพื่อนบ้านสร้างรั้วรุกที่ดิน ปรึกษาใครได้');
    await page.getByRole('button', { name: 'เพิ่มเป็นคำถามของ «ศูนย์ฯ ให้คำปรึกษาด้านกฎหมายไหม»' }).click();
    await page.getByRole('status').filter({ hasText: 'บอทจะตอบคำถามแบบนี้ได้เอง' }).waitFor();
    const staffToken = harness().emulator.issueIdToken(persona(harness(), 'staff'));
    const faqs = (await (await fetch(`${harness().bot.url}/api/staff/faqs`, { headers: { authorization: `Bearer ${staffToken}` } })).json()) as { faqs: { id: string; variants: string[] }[] };
    expect(faqs.faqs.find((faq) => faq.id === 'consult-legal')?.variants).toContain('เพื่อนบ้านสร้างรั้วรุกที่ดิน ปรึกษาใครได้');
  });

  it('when staff end the conversation, then the villager’s chat shows the rating question and the queue no longer lists it', async (context) => {
    if (!chatPath) context.skip('needs the consultation');
    const villagerId = persona(harness(), 'villager');
    const { page, pageErrors } = await openLiff(harness(), chatPath, persona(harness(), 'staff'));
    await page.getByRole('button', { name: 'จบการสนทนา', exact: true }).click();
    await page.getByRole('button', { name: 'ยืนยันจบการสนทนา' }).click();
    await page.getByRole('status').filter({ hasText: 'ผู้ขอคำปรึกษาได้รับคำถามให้คะแนนแล้วค่ะ' }).waitFor();
    await page.locator('.status-badge', { hasText: 'จบแล้ว' }).waitFor();
    expect(await page.getByLabel('ตอบผู้ขอคำปรึกษา').count()).toBe(0);
    await saveScreenshot(page, 'staff-consultation-ended');

    const chat = await openVillagerChat(harness(), villagerId);
    await botSaid(chat, 'ให้คะแนนการปรึกษาครั้งนี้').waitFor();
    expect(await chat.locator('#quick-replies .chip').allTextContents()).toContain('⭐⭐⭐⭐⭐');

    await page.getByRole('link', { name: 'ย้อนกลับ' }).click();
    await page.getByRole('heading', { name: 'คุยกับผู้ขอคำปรึกษา' }).waitFor();
    await page.getByText('ไม่มีผู้รอคุยตอนนี้ค่ะ').waitFor();
    expect(await page.locator('.queue-card', { hasText: ticket }).count()).toBe(0);
    await page.getByRole('button', { name: 'จบแล้ว' }).click();
    await page.locator('.queue-card', { hasText: ticket }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
