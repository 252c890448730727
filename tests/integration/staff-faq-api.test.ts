import { beforeAll, describe, expect, it } from 'vitest';
import { useBotHarness } from '../helpers/bot-harness.ts';
import { textEvent, webhookBody } from '../helpers/webhook-events.ts';
import { assignRole } from '../../domain/users/assign-role.ts';
import { UnansweredQuestionModel } from '../../models/unanswered-question.ts';

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
    for (const question of ['สอนทำแกงเขียวหวานหน่อย', 'สอนทำแกงเขียวหวานหน่อยค่ะ', 'ช่วยสอนทำแกงเขียวหวานได้มั้ย']) {
      await botAnswers(question);
    }
    await expect.poll(() => UnansweredQuestionModel.countDocuments({ text: /แกงเขียวหวาน/ })).toBe(3);
    const { groups } = await (await api('/staff/unanswered', staffToken)).json();
    const group = groups.find((candidate: { title: string }) => candidate.title.includes('แกงเขียวหวาน'));
    expect(group.count).toBe(3);
    expect(groups[0].count).toBeGreaterThanOrEqual(3);
    const resolved = await api('/staff/unanswered/resolve', staffToken, {
      method: 'POST',
      body: { action: 'add-variant', questionIds: group.questionIds, faqId: 'occupation-training', wording: group.title },
    });
    expect(resolved.status).toBe(200);
    expect((await resolved.json()).faq.variants).toContain(group.title);
    expect(await UnansweredQuestionModel.countDocuments({ text: /แกงเขียวหวาน/, resolved: true })).toBe(3);
  });

  it('when the resolve command is malformed, then 400 with field errors', async () => {
    const response = await api('/staff/unanswered/resolve', staffToken, { method: 'POST', body: { action: 'add-variant', questionIds: ['x'] } });
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).fields)).toEqual(expect.arrayContaining(['questionIds.0', 'faqId']));
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
