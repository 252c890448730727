import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../../helpers/bot-harness.ts';
import { actionsOf, chatAs, testPhoto, textOf, type ChatUser } from '../../helpers/chat-driver.ts';
import { userWithRole, apiAs } from '../../helpers/api-client.ts';
import { assignRole } from '../../../domain/users/assign-role.ts';
import { CaseModel } from '../../../models/case.ts';
import { ConsultationModel } from '../../../models/consultation.ts';
import { runJobOnce } from '../../../infra/jobs/job-runner.ts';
import { consultationIdleJob } from '../../../jobs/consultation-idle.ts';
import { createOutbox } from '../../../infra/outbox/outbox.ts';
import { buildCaseService } from '../../../bot/start/build-case-service.ts';
import { createConsultationDelivery } from '../../../bot/notifications/consultation-delivery.ts';
import { loadConfig } from '../../../infra/config/load-config.ts';
import { createLogger } from '../../../infra/logger.ts';

const bot = useBotHarness({ OFFICE_HOURS: 'mon-sun 00:00-24:00', PUBLIC_BASE_URL: 'https://bot.example.org', FLOOD_BURST_MESSAGES: '200', FLOOD_MESSAGES_PER_MINUTE: '2000' });

async function staffMember(name: string): Promise<ChatUser & { api: ReturnType<typeof apiAs> }> {
  const user = bot().emulator.users.add({ displayName: name, role: 'staff' });
  await assignRole(user.userId, 'staff', undefined);
  return Object.assign(chatAs(bot().emulator, user.userId), { api: apiAs(bot, bot().emulator.issueIdToken(user.userId)) });
}

function villager(name: string): ChatUser {
  return chatAs(bot().emulator, bot().emulator.users.add({ displayName: name }).userId);
}

async function askForPerson(person: ChatUser, question: string): Promise<string> {
  expect(textOf(await person.say('ขอคุยกับเจ้าหน้าที่ตัวจริงได้ไหม'))).toContain('เรื่องที่อยากปรึกษาเกี่ยวกับอะไรคะ');
  expect(textOf(await person.tap('กฎหมาย'))).toContain('พิมพ์เรื่องที่อยากปรึกษา');
  const queued = textOf(await person.say(question));
  expect(queued).toContain('ส่งถึงเจ้าหน้าที่แล้ว');
  expect(queued).toContain('บันทึกไว้');
  return /CC-\d{4}-\d{5}/.exec(queued)![0];
}

describe('talking to a person', () => {
  it('when a villager tells the story before choosing a topic, then it is kept, a menu command still works, and the topic opens the chat with that story', async () => {
    const staff = await staffMember('ศรีสุดา');
    const person = villager('ป้าบัว');
    expect(textOf(await person.say('แอดมินอยู่ไหม'))).toContain('เรื่องที่อยากปรึกษาเกี่ยวกับอะไรคะ');
    const kept = textOf(await person.say('ลูกสาวอยากย้ายโรงเรียนกลางเทอม ต้องทำยังไงบ้างคะ'));
    expect(kept).toContain('จดเรื่องที่เล่าไว้แล้ว');
    expect(kept).not.toContain('เรื่องที่อยากปรึกษาเกี่ยวกับอะไรคะ');
    const schedule = textOf(await person.say('ตารางกิจกรรม'));
    expect(schedule).toContain('ตารางกิจกรรม');
    expect(schedule).not.toContain('จดเรื่องที่เล่าไว้แล้ว');
    const queued = textOf(await person.tap('การศึกษา/เด็กเล็ก'));
    expect(queued).toContain('ส่งถึงเจ้าหน้าที่แล้ว');
    const ticket = /CC-\d{4}-\d{5}/.exec(queued)![0];
    await staff.waitFor(`ขอคุยกับเจ้าหน้าที่ ${ticket}`);
    expect((await CaseModel.findOne({ ticket }).lean())?.description).toContain('ย้ายโรงเรียนกลางเทอม');
  });

  it('when a villager types a topic button instead of tapping it, then it does what the tap does, and the topic is not taken for the question', async () => {
    const [tapper, typist] = [villager('ป้าแตะปุ่ม'), villager('ลุงพิมพ์เอง')];
    await tapper.say('ขอคุยกับเจ้าหน้าที่ตัวจริงได้ไหม');
    const prompt = await typist.say('ขอคุยกับเจ้าหน้าที่ตัวจริงได้ไหม');
    // The label the bot actually sent, typed the way people type it: spaced out and polite.
    const label = actionsOf(prompt[0]!).find((action) => action.data?.includes('c=consult-law'))!.label!;
    const withoutFlowId = (reply: Awaited<ReturnType<ChatUser['say']>>) => textOf(reply).replace(/f=[\w-]+/g, 'f=');
    const tapped = await tapper.tap(label);
    const typed = await typist.say(` ${label} ครับ`);
    expect(withoutFlowId(typed)).toEqual(withoutFlowId(tapped));
    expect(textOf(typed)).toContain('พิมพ์เรื่องที่อยากปรึกษา');
    const ticket = /CC-\d{4}-\d{5}/.exec(textOf(await typist.say('ข้างบ้านถมดินจนน้ำท่วมบ้านผม ฟ้องได้ไหมครับ')))![0];
    expect(await ConsultationModel.findOne({ ticket }).lean()).toMatchObject({ topic: 'consult-law' });
  });

  it('when a villager ends with a polite end word, then the talk ends as with the bare word, and nothing reaches staff', async () => {
    const person = villager('ลุงพอแล้ว');
    expect(textOf(await person.say('ขอคุยกับเจ้าหน้าที่ตัวจริงได้ไหม'))).toContain('เรื่องที่อยากปรึกษาเกี่ยวกับอะไรคะ');
    const ended = textOf(await person.say('พอแล้วครับ'));
    expect(ended).toContain('ยกเลิกแล้วค่ะ ยังไม่ได้ส่งถึงเจ้าหน้าที่');
    expect(ended).not.toContain('จดเรื่องที่เล่าไว้แล้ว');
    expect(await ConsultationModel.countDocuments({ villagerLineUserId: person.userId })).toBe(0);
  });

  it('when a villager asks for a person, then staff get the card, one of two simultaneous taps wins, lines flow both ways once and either side ends it', async () => {
    const [wipa, anan] = [await staffMember('วิภา'), await staffMember('อนันต์')];
    const person = villager('ลุงชม');
    const ticket = await askForPerson(person, 'เพื่อนบ้านสร้างรั้วรุกเข้ามาในที่ดินผม จะทำอย่างไรดีครับ');
    await wipa.waitFor(`ขอคุยกับเจ้าหน้าที่ ${ticket}`);
    await anan.waitFor(`ขอคุยกับเจ้าหน้าที่ ${ticket}`);

    const [first, second] = await Promise.all([wipa.tap('รับเรื่อง'), anan.tap('รับเรื่อง')]);
    const answers = [textOf(first), textOf(second)];
    expect(answers.filter((answer) => answer.includes(`รับเรื่อง ${ticket} แล้ว`))).toHaveLength(1);
    expect(answers.filter((answer) => answer.includes('มีผู้รับไปแล้ว'))).toHaveLength(1);
    const winner = answers[0]!.includes('แล้วค่ะ ตอบ') ? wipa : anan;
    await person.waitFor('รับเรื่องแล้วค่ะ กำลังอ่าน');

    const quiet = await person.say('ที่ดินมีโฉนดครับ');
    expect(textOf(quiet)).toContain('เจ้าหน้าที่กำลังดูแลแชตนี้อยู่');
    const before = person.count();
    await bot().emulator.sendFromUser(person.userId, { type: 'text', text: 'เขาสร้างมาได้สองเดือนแล้ว' });
    await bot().emulator.sendFromUser(person.userId, { type: 'image', content: await testPhoto(), contentType: 'image/jpeg' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(person.count() - before).toBe(0);

    const open = ((await winner.api('/consultations')).json.consultations as { id: string; ticket: string }[]).find((item) => item.ticket === ticket);
    // The photo is fetched from LINE and re-encoded before it is in the transcript: wait for it.
    await expect.poll(async () => ((await winner.api(`/consultations/${open!.id}`)).json.transcript as unknown[]).length, { timeout: 5_000 }).toBe(4);
    const upload = await winner.api('/uploads', { raw: await testPhoto('#aa3311'), headers: { 'content-type': 'image/jpeg' } });
    const reply = await winner.api(`/consultations/${open!.id}/messages`, { body: { text: 'ขอให้ถ่ายรูปหลักหมุดมาให้ดูด้วยนะคะ', photoIds: [upload.json.photoId] }, headers: { 'idempotency-key': 'staff-line-0001' } });
    expect(reply.status).toBe(201);
    await winner.api(`/consultations/${open!.id}/messages`, { body: { text: 'ขอให้ถ่ายรูปหลักหมุดมาให้ดูด้วยนะคะ', photoIds: [upload.json.photoId] }, headers: { 'idempotency-key': 'staff-line-0001' } });
    const line = await person.waitFor('ขอให้ถ่ายรูปหลักหมุด', before);
    expect(JSON.stringify(line)).toContain('เจ้าหน้าที่');
    // Within the villager's last reply token's life, the staff answer is a free reply, not a push.
    expect(bot().emulator.deliveries({ userId: person.userId, via: 'reply' }).some((delivery) => JSON.stringify(delivery.message).includes('ขอให้ถ่ายรูปหลักหมุด'))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const delivered = person.received().slice(before);
    expect(delivered.filter((message) => JSON.stringify(message).includes('ขอให้ถ่ายรูปหลักหมุด'))).toHaveLength(1);
    expect(delivered.filter((message) => message.type === 'image')).toHaveLength(1);

    const detail = await winner.api(`/consultations/${open!.id}`);
    const transcript = detail.json.transcript as { from: string; text: string; photoIds: string[] }[];
    expect(transcript.map((entry) => entry.from)).toEqual(['villager', 'villager', 'villager', 'villager', 'staff']);
    expect(transcript[3]!.photoIds).toHaveLength(1);

    const ended = textOf(await person.say('จบการสนทนา'));
    expect(ended).toContain('จบการสนทนาแล้ว');
    expect(ended).toContain('ให้คะแนน');
    await winner.waitFor('ผู้ขอคำปรึกษาจบการสนทนาแล้ว');
    expect(textOf(await person.tap('⭐⭐⭐⭐⭐'))).toContain('5/5');
    expect(await CaseModel.findOne({ ticket }).lean()).toMatchObject({ kind: 'consultation', status: 'closed', rating: { score: 5 } });
    expect(textOf(await person.say('สวัสดีค่ะ'))).toContain('สวัสดีค่ะ');
  });

  it('when an emergency word comes, then the numbers come at once; and a stranger cannot read someone else\'s consultation', async () => {
    const person = villager('ป้าสาย');
    const answer = textOf(await person.say('ช่วยด้วย มีคนหมดสติอยู่หน้าบ้าน'));
    expect(answer).toContain('1669');
    expect(answer).toContain('191');
    await staffMember('เจ้าหน้าที่เวร');
    const ticket = await askForPerson(person, 'ขอคำแนะนำเรื่องการขอใบอนุญาตขายอาหารค่ะ');
    const consultation = await ConsultationModel.findOne({ ticket }).lean();
    const stranger = await userWithRole(bot, 'คนแปลกหน้า');
    expect((await stranger.api(`/consultations/${String(consultation!._id)}`)).status).toBe(403);
    expect((await stranger.api('/consultations')).status).toBe(403);
    const owner = apiAs(bot, bot().emulator.issueIdToken(person.userId));
    expect((await owner(`/consultations/${String(consultation!._id)}`)).status).toBe(200);
  });

  it('when an answered consultation goes idle, then the job ends it once and the bot answers again', async () => {
    const staff = await staffMember('เจ้าหน้าที่เงียบ');
    const person = villager('น้าแสง');
    const ticket = await askForPerson(person, 'อยากปรึกษาเรื่องสิทธิ์ลูกจ้างค่ะ');
    await staff.waitFor(`ขอคุยกับเจ้าหน้าที่ ${ticket}`);
    await staff.tap('รับเรื่อง');
    const config = loadConfig({ CONSULTATION_IDLE_MINUTES: '30' });
    const outbox = createOutbox({ replyTokenMaxAgeMs: 50_000, onEnqueued: () => undefined });
    const later = new Date(Date.now() + 31 * 60_000);
    const deps = { config, logger: createLogger('silent'), outbox, cases: buildCaseService({ config, outbox, photoUrl: undefined, now: () => later }), consultations: createConsultationDelivery(outbox), photoUrl: undefined, liffUrl: undefined };
    const runs = await Promise.all([1, 2].map(() => runJobOnce(consultationIdleJob, deps, { period: 'idle-test', trigger: 'schedule', now: () => later, logger: deps.logger })));
    expect(runs.map((run) => run.status).sort()).toEqual(['ran', 'skipped']);
    await person.waitFor('ไม่มีข้อความมาสักพัก');
    expect((await ConsultationModel.findOne({ ticket }).lean())?.endedBy).toBe('idle');
    expect(textOf(await person.say('ขยะไม่มาเก็บทำไงดี'))).not.toContain('เจ้าหน้าที่กำลังดูแล');
  });
});
