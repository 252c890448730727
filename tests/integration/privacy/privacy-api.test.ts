import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../../helpers/bot-harness.ts';
import { userWithRole } from '../../helpers/api-client.ts';
import { chatAs } from '../../helpers/chat-driver.ts';
import { OutboxMessageModel } from '../../../models/outbox-message.ts';
import { PrivacyRequestModel } from '../../../models/privacy-request.ts';
import { DAY_MS } from '../../../domain/time/thai-time.ts';

const bot = useBotHarness();

/** A villager who has followed and written twice, so there is something stored to count. */
async function villagerWithMessages(name: string) {
  const villager = await userWithRole(bot, name);
  const person = chatAs(bot().emulator, villager.userId);
  await bot().emulator.sendFromUser(villager.userId, { type: 'follow' });
  await person.waitFor('ความเป็นส่วนตัว');
  await person.say('สวัสดีค่ะ');
  await person.say('เบี้ยผู้สูงอายุได้วันไหน');
  return villager;
}

/** The staff notices of one request that went through the outbox (one multicast, however often asked). */
async function staffNotices(number: string): Promise<number> {
  return OutboxMessageModel.countDocuments({ dedupeKey: { $regex: `^privacy:${number}:staff` } });
}

describe('privacy API (PDPA requests from the «ข้อมูลของฉัน» page)', () => {
  it('when the kind is missing or wrong, then 400 names the field in Thai and nothing is recorded', async () => {
    const { api } = await userWithRole(bot, 'คนกรอกผิด');
    for (const body of [{}, { kind: 'delete-everything' }, { kind: 42 }]) {
      const answer = await api('/me/privacy-requests', { method: 'POST', body });
      expect(answer.status).toBe(400);
      expect(answer.json).toMatchObject({ error: 'validation_failed', fields: { kind: 'กรุณาระบุว่าขอดูหรือขอลบข้อมูล' } });
    }
    expect((await api('/me/data')).json.sections).toEqual([]);
  });

  it('when a villager asks twice, with the same key or a new one, then it is one request with its legal deadline and staff are told once', async () => {
    const staff = await userWithRole(bot, 'เจ้าหน้าที่ PDPA', 'staff');
    const villager = await villagerWithMessages('สมปองขอลบ');
    const key = { 'idempotency-key': 'erase-request-0001' };
    const [first, tapAgain] = await Promise.all([0, 1].map(() => villager.api('/me/privacy-requests', { method: 'POST', body: { kind: 'erasure' }, headers: key })));
    const request = first!.json.request as { number: string; kind: string; status: string; requestedAt: string; dueAt: string };
    expect(request).toMatchObject({ number: expect.stringMatching(/^PR-\d{4}-\d{4}$/), kind: 'erasure', status: 'open' });
    expect(Date.parse(request.dueAt) - Date.parse(request.requestedAt)).toBe(30 * DAY_MS);
    expect(tapAgain!.json.request).toEqual(request);
    const later = await villager.api('/me/privacy-requests', { method: 'POST', body: { kind: 'erasure' }, headers: { 'idempotency-key': 'erase-request-0002' } });
    expect((later.json.request as { number: string }).number).toBe(request.number);
    // Two pages asking at once with their own keys, before either sees the other's request.
    const other = await villagerWithMessages('สมศรีขอดู');
    const asks = await Promise.all(['a', 'b', 'c'].map((k) => other.api('/me/privacy-requests', { method: 'POST', body: { kind: 'access' }, headers: { 'idempotency-key': `access-request-000${k}` } })));
    expect(new Set(asks.map((ask) => (ask.json.request as { number: string }).number)).size).toBe(1);

    await chatAs(bot().emulator, staff.userId).waitFor(request.number);
    expect(await staffNotices(request.number)).toBe(1);
    const mine = (await villager.api('/me/data')).json as { sections: { collection: string; documents: { number?: string }[] }[]; retention: Record<string, number> };
    expect(mine.retention).toEqual({ messagesDays: expect.any(Number), repliesDays: expect.any(Number), contactDays: expect.any(Number) });
    expect(mine.sections.find((section) => section.collection === 'privacy_requests')?.documents.map((document) => document.number)).toEqual([request.number]);
  });

  it('when staff list requests and look at an erasure, then they see the display name and counts, never the LINE id or the data', async () => {
    const staff = await userWithRole(bot, 'เจ้าหน้าที่ตรวจคำขอ', 'staff');
    const villager = await villagerWithMessages('บุญเรือนขอลบ');
    const { number } = (await villager.api('/me/privacy-requests', { method: 'POST', body: { kind: 'erasure' } })).json.request as { number: string };
    const listed = await staff.api('/staff/privacy-requests');
    expect(JSON.stringify(listed.json)).not.toContain(villager.userId);
    const view = (listed.json.requests as { id: string; number: string }[]).find((request) => request.number === number);
    expect(view).toMatchObject({ kind: 'erasure', status: 'open', name: 'บุญเรือนขอลบ', erased: false, overdue: false, handledAt: null });
    expect(Object.keys(view!)).not.toContain('lineUserId');

    const holdings = await staff.api(`/staff/privacy-requests/${view!.id}/holdings`);
    expect(holdings.status).toBe(200);
    const counts = Object.fromEntries((holdings.json.holdings as { label: string; count: number }[]).map((holding) => [holding.label, holding.count]));
    expect(counts).toMatchObject({ 'บัญชีและโปรไฟล์ LINE': 1, 'คำขอข้อมูลส่วนบุคคล': 1 });
    expect(counts['ข้อความที่ส่งถึงบอท']).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(holdings.json)).not.toMatch(/เบี้ยผู้สูงอายุ|บุญเรือน|U[0-9a-f]{32}/);
  });

  it('when a request is past its deadline, then it heads the open list marked overdue', async () => {
    const staff = await userWithRole(bot, 'เจ้าหน้าที่ดูกำหนด', 'staff');
    const late = await userWithRole(bot, 'คำขอค้างนาน');
    const longAgo = new Date(Date.now() - 40 * DAY_MS);
    await PrivacyRequestModel.create({ number: 'PR-2568-9999', lineUserId: late.userId, kind: 'access', status: 'open', requestedAt: longAgo, dueAt: new Date(longAgo.getTime() + 30 * DAY_MS), requestKey: 'test:overdue' });
    await (await userWithRole(bot, 'คำขอใหม่')).api('/me/privacy-requests', { method: 'POST', body: { kind: 'access' } });
    const requests = (await staff.api('/staff/privacy-requests')).json.requests as { number: string; overdue: boolean; dueAt: string }[];
    expect(requests[0]).toMatchObject({ number: 'PR-2568-9999', overdue: true });
    expect(requests.slice(1).every((request) => !request.overdue)).toBe(true);
    expect(requests.map((request) => request.dueAt)).toEqual(requests.map((request) => request.dueAt).sort());
  });

  it('when staff close an access request, then it leaves the open list, heads the done list and the person hears once where to read it', async () => {
    const staff = await userWithRole(bot, 'เจ้าหน้าที่ปิดคำขอ', 'staff');
    const villager = await villagerWithMessages('มานพขอสำเนา');
    const { number } = (await villager.api('/me/privacy-requests', { method: 'POST', body: { kind: 'access' } })).json.request as { number: string };
    const id = ((await staff.api('/staff/privacy-requests')).json.requests as { id: string; number: string }[]).find((request) => request.number === number)!.id;
    expect((await staff.api(`/staff/privacy-requests/${id}/complete`, { method: 'POST', body: {} })).json).toEqual({ ok: true });
    expect((await staff.api(`/staff/privacy-requests/${id}/complete`, { method: 'POST', body: {} })).status).toBe(404);
    expect(((await staff.api('/staff/privacy-requests')).json.requests as { number: string }[]).map((request) => request.number)).not.toContain(number);
    const done = (await staff.api('/staff/privacy-requests?status=done')).json.requests as { number: string; status: string; handledAt: string | null }[];
    expect(done[0]).toMatchObject({ number, status: 'done', handledAt: expect.any(String) });
    expect((await villager.api('/me/data')).status).toBe(200);
    await chatAs(bot().emulator, villager.userId).waitFor(`คำขอดูข้อมูล ${number} ดำเนินการแล้ว`);
    expect(await OutboxMessageModel.countDocuments({ dedupeKey: { $regex: `^privacy:${number}:answered` } })).toBe(1);
  });

  it('when a villager calls the staff routes, then 403; when an id is malformed or unknown, then 404', async () => {
    const staff = await userWithRole(bot, 'เจ้าหน้าที่ทดสอบรหัส', 'staff');
    const villager = await villagerWithMessages('ชาวบ้านอยากรู้');
    await villager.api('/me/privacy-requests', { method: 'POST', body: { kind: 'erasure' } });
    const id = ((await staff.api('/staff/privacy-requests')).json.requests as { id: string }[])[0]!.id;
    for (const [path, method] of [['/staff/privacy-requests', 'GET'], [`/staff/privacy-requests/${id}/holdings`, 'GET'], [`/staff/privacy-requests/${id}/complete`, 'POST']] as const) {
      const answer = await villager.api(path, { method, ...(method === 'POST' ? { body: {} } : {}) });
      expect(answer.status, path).toBe(403);
    }
    for (const bad of ['not-an-id', '123', '000000000000000000000000', '%7B%22%24ne%22%3A1%7D']) {
      expect((await staff.api(`/staff/privacy-requests/${bad}/holdings`)).status, bad).toBe(404);
      expect((await staff.api(`/staff/privacy-requests/${bad}/complete`, { method: 'POST', body: {} })).json, bad).toMatchObject({ error: 'not_found' });
    }
    expect(((await staff.api('/staff/privacy-requests')).json.requests as { id: string }[]).map((request) => request.id)).toContain(id);
  });
});
