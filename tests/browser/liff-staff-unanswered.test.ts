import { describe, expect, it } from 'vitest';
import { isChromiumInstalled } from '../helpers/browser.ts';
import { openLiff, persona, saveScreenshot, useLiffHarness } from '../helpers/liff-browser.ts';
import { askBot } from '../helpers/liff-chat.ts';

// Nothing in the knowledge base comes close; it belongs with «how do I report a problem».
const QUESTION = 'ซุ้มเฉลิมพระเกียรติหน้าหมู่บ้านสีลอก';

describe.skipIf(!isChromiumInstalled() && !process.env.CI)('LIFF: unanswered questions', () => {
  const harness = useLiffHarness();

  it('when staff turn an unanswered question into a variant in two taps, then the bot answers it', async (context) => {
    const villager = persona(harness(), 'villager');
    expect(await askBot(harness().emulator, villager, QUESTION)).toContain('ยังไม่มีคำตอบ');
    // The page is built on the grouped contract (groupId, bestGuess, nextCursor); wait for the API to speak it.
    const staffToken = harness().emulator.issueIdToken(persona(harness(), 'staff'));
    const api = await (await fetch(`${harness().bot.url}/api/staff/unanswered?limit=50`, { headers: { authorization: `Bearer ${staffToken}` } })).json();
    if (!('nextCursor' in api) || !api.groups.every((group: object) => 'groupId' in group)) context.skip('GET /api/staff/unanswered does not answer in the groupId/bestGuess/nextCursor shape yet');

    const { page, pageErrors } = await openLiff(harness(), '/staff/unanswered', persona(harness(), 'staff'));
    const card = page.locator('.card', { hasText: QUESTION });
    await card.waitFor();
    await saveScreenshot(page, 'staff-unanswered');
    await card.getByRole('button', { name: 'เพิ่มเป็นคำถามแบบอื่น' }).click();
    await card.getByLabel('เพิ่มเข้าไปในคำถาม').selectOption('case-report');
    await saveScreenshot(page, 'staff-unanswered-variant');
    await card.getByRole('button', { name: 'ยืนยัน เพิ่มคำถามนี้' }).click();
    await page.getByRole('status').filter({ hasText: 'บอทจะตอบคำถามแบบนี้ได้ทันทีค่ะ' }).waitFor();
    await card.waitFor({ state: 'detached' });

    expect(await askBot(harness().emulator, villager, QUESTION)).toContain('พิมพ์ «แจ้งเรื่อง»');
    expect(pageErrors).toEqual([]);
  });
});
