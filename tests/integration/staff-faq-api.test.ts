import { beforeAll, describe, expect, it } from 'vitest';
import { useBotHarness } from '../helpers/bot-harness.ts';
import { textEvent, webhookBody } from '../helpers/webhook-events.ts';
import { assignRole } from '../../domain/users/assign-role.ts';
import { UnansweredQuestionModel } from '../../models/unanswered-question.ts';
import { UnansweredGroupModel } from '../../models/unanswered-group.ts';
import { recordUnansweredQuestion } from '../../domain/knowledge-base/faq-feedback.ts';

const bot = useBotHarness();
let staffToken: string;
let villagerToken: string;

beforeAll(async () => {
  const harness = bot();
  const staff = harness.emulator.users.add({ displayName: 'เจ้าหน้าที่ ศูนย์', role: 'staff' });
  const villager = harness.emulator.users.add({ displayName: 'ชาวบ้าน' });
  await assignRole(staff.userId, 'staff', undefined);
  staffToken = harness.emulator.issueIdToken(staff.userId);
  villagerToken = harness.emulator.issueIdToken(villager.userId);
});

function api(path: string, token: string | undefined, init: { method?: string; body?: unknown } = {}) {
  return fetch(`${bot().bot.url}/api${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

async function botAnswers(question: string): Promise<string> {
  const user = bot().emulator.users.add({ displayName: 'ผู้ถาม' });
  await bot().postWebhook(webhookBody([textEvent(user.userId, question, bot().emulator.issueReplyToken(user.userId))]));
  const [first] = await bot().emulator.waitForDeliveries({ userId: user.userId }, { count: 1 });
  return JSON.stringify(first!.message);
}

const newEntry = {
  id: 'community-rice-mill',
  category: 'agriculture-occupation',
  question: 'โรงสีข้าวชุมชนขอใช้บริการสีข้าวได้อย่างไร',
  variants: ['อยากเอาข้าวไปสีที่โรงสีชุมชนต้องทำยังไง'],
  keywords: ['โรงสีข้าวชุมชน', 'สีข้าว'],
  answer: 'นำข้าวเปลือกไปที่โรงสีข้าวชุมชนในวันเปิดบริการ พร้อมบัตรสมาชิกกลุ่มได้เลยค่ะ',
  links: [],
  enabled: true,
};

describe('authentication', () => {
  it('when there is no token, then 401 with a Thai message', async () => {
    const response = await api('/staff/faqs', undefined);
    expect(response.status).toBe(401);
    expect((await response.json()).message).toContain('LINE');
  });

  it('when the token is forged or expired, then 401 and the reason', async () => {
    expect((await api('/me', 'not-a-token')).status).toBe(401);
    const staff = bot().emulator.users.list().find((user) => user.role === 'staff')!;
    const expired = bot().emulator.issueIdToken(staff.userId, { expiresInSeconds: -10 });
    const response = await api('/me', expired);
    expect(response.status).toBe(401);
    expect((await response.json()).error).toBe('token_expired');
  });

  it('when a villager calls a staff route, then 403; /me tells who they are from the verified token', async () => {
    expect((await api('/staff/faqs', villagerToken)).status).toBe(403);
    const me = await (await api('/me', villagerToken)).json();
    expect(me).toMatchObject({ role: 'villager', name: 'ชาวบ้าน' });
  });
});

describe('staff FAQ management', () => {
  it('when the entry is invalid, then 400 with Thai field errors and nothing is created', async () => {
    const response = await api('/staff/faqs', staffToken, { method: 'POST', body: { ...newEntry, id: 'Bad Id', answer: '' } });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(Object.keys(body.fields)).toEqual(expect.arrayContaining(['id', 'answer']));
    expect(body.fields.answer).toContain('ต้องมีคำตอบ');
  });

  it('when staff create an entry, then the bot answers it at once; disabling it stops that', async () => {
    expect(await botAnswers('อยากสีข้าวที่โรงสีชุมชน')).not.toContain('บัตรสมาชิกกลุ่ม');
    const created = await api('/staff/faqs', staffToken, { method: 'POST', body: newEntry });
    expect(created.status).toBe(201);
    expect((await api('/staff/faqs', staffToken, { method: 'POST', body: newEntry })).status).toBe(409);
    expect(await botAnswers('อยากสีข้าวที่โรงสีชุมชน')).toContain('บัตรสมาชิกกลุ่ม');
    const disabled = await api(`/staff/faqs/${newEntry.id}`, staffToken, { method: 'PATCH', body: { enabled: false } });
    expect(disabled.status).toBe(200);
    expect(await botAnswers('อยากสีข้าวที่โรงสีชุมชน')).not.toContain('บัตรสมาชิกกลุ่ม');
    const list = await (await api('/staff/faqs?enabled=false', staffToken)).json();
    expect(list.faqs.map((faq: { id: string }) => faq.id)).toContain(newEntry.id);
  });

  it('when an unknown entry is edited, then 404', async () => {
    expect((await api('/staff/faqs/no-such-entry', staffToken, { method: 'PATCH', body: { answer: 'x' } })).status).toBe(404);
  });

  it('when villagers ask the same unanswered thing, then staff see one group and can turn it into a variant', async () => {
    // A recipe request has no topic at all; «สอนทำ…» is now offered the occupation-training entry as a choice.
    for (const question of ['สูตรแกงเขียวหวานหน่อย', 'สูตรแกงเขียวหวานหน่อยค่ะ', 'สูตรแกงเขียวหวานหน่อยได้ไหม']) {
      await botAnswers(question);
    }
    await expect.poll(() => UnansweredQuestionModel.countDocuments({ text: /แกงเขียวหวาน/ })).toBe(3);
    const { groups } = await (await api('/staff/unanswered', staffToken)).json();
    const group = groups.find((candidate: { title: string }) => candidate.title.includes('แกงเขียวหวาน'));
    expect(group).toMatchObject({ count: 3, title: 'สูตรแกงเขียวหวานหน่อย' });
    expect(group.groupId).toMatch(/^[0-9a-f]{24}$/);
    expect(group.examples).toHaveLength(3);
    expect(group.bestGuess === null || typeof group.bestGuess.question === 'string').toBe(true);
    expect(groups[0].count).toBeGreaterThanOrEqual(3);
    const resolved = await api('/staff/unanswered/resolve', staffToken, {
      method: 'POST',
      body: { action: 'add-variant', groupId: group.groupId, faqId: 'occupation-training', wording: group.title },
    });
    expect(resolved.status).toBe(200);
    expect((await resolved.json()).faq.variants).toContain(group.title);
    expect(await UnansweredQuestionModel.countDocuments({ text: /แกงเขียวหวาน/, resolved: true })).toBe(3);
    const after = await (await api('/staff/unanswered', staffToken)).json();
    expect(after.groups.map((candidate: { groupId: string }) => candidate.groupId)).not.toContain(group.groupId);
  });

  it('when there are many groups, then staff page through them with the cursor and see each once', async () => {
    const topics = ['ปลูกกล้วยไม้', 'เลี้ยงปลาหางนกยูง', 'ซ่อมพัดลม', 'ทำขนมครก', 'ถักไหมพรม', 'เล่นหมากรุก', 'ร้องเพลงลูกทุ่ง'];
    for (const [at, topic] of topics.entries()) {
      await recordUnansweredQuestion({ sourceEventId: `page-${at}`, text: `อยากเรียน${topic}ที่ไหนดี`, lineUserId: undefined, bestGuess: null, reason: 'no-match', askedAt: new Date(Date.UTC(2026, 0, 1, 0, at)) });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const body: { groups: { groupId: string; title: string }[]; nextCursor: string | null } = await (await api(`/staff/unanswered?limit=3${cursor ? `&cursor=${cursor}` : ''}`, staffToken)).json();
      expect(body.groups.length).toBeLessThanOrEqual(3);
      seen.push(...body.groups.map((group) => group.groupId));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(new Set(seen).size).toBe(seen.length);
    const titles = await UnansweredGroupModel.find({ _id: { $in: seen } }, { title: 1 }).lean();
    for (const topic of topics) expect(titles.some((group) => group.title.includes(topic))).toBe(true);
  });

  it('when staff dismiss a group, then it leaves the list; an unknown group is 404', async () => {
    await recordUnansweredQuestion({ sourceEventId: 'dismiss-1', text: 'ขอเลขเด็ดงวดนี้หน่อย', lineUserId: undefined, bestGuess: null, reason: 'no-match', askedAt: new Date() });
    const group = await UnansweredGroupModel.findOne({ title: 'ขอเลขเด็ดงวดนี้หน่อย' }).lean();
    const dismissed = await api('/staff/unanswered/resolve', staffToken, { method: 'POST', body: { action: 'dismiss', groupId: String(group!._id) } });
    expect(dismissed.status).toBe(200);
    expect((await UnansweredGroupModel.findById(group!._id).lean())?.status).toBe('dismissed');
    const missing = await api('/staff/unanswered/resolve', staffToken, { method: 'POST', body: { action: 'dismiss', groupId: 'a'.repeat(24) } });
    expect(missing.status).toBe(404);
    expect((await missing.json()).message).toMatch(/ไม่พบกลุ่มคำถาม/);
  });

  it('when the resolve command is malformed, then 400 with Thai field errors (old questionIds form included)', async () => {
    const response = await api('/staff/unanswered/resolve', staffToken, { method: 'POST', body: { action: 'add-variant', questionIds: ['x'] } });
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).fields)).toEqual(expect.arrayContaining(['questionIds.0', 'faqId']));
    const neither = await api('/staff/unanswered/resolve', staffToken, { method: 'POST', body: { action: 'add-variant', faqId: 'vaccination', wording: 'x' } });
    expect((await neither.json()).fields.groupId).toMatch(/กลุ่มคำถาม/);
  });

  it('when the page query is invalid, then 400 with Thai field errors', async () => {
    const badLimit = await api('/staff/unanswered?limit=abc', staffToken);
    expect(badLimit.status).toBe(400);
    expect((await badLimit.json()).fields.limit).toMatch(/ตัวเลข/);
    const badCursor = await api('/staff/unanswered?cursor=bm90LWEtY3Vyc29y', staffToken);
    expect(badCursor.status).toBe(400);
    expect((await badCursor.json()).fields.cursor).toBeDefined();
  });

  it('when the body is not JSON, then 400 without a stack trace', async () => {
    const response = await fetch(`${bot().bot.url}/api/staff/faqs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${staffToken}`, 'content-type': 'application/json' },
      body: '{"id": ',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/at .*\.(ts|js)/);
  });
});
