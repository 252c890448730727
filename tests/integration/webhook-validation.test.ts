import { describe, expect, it } from 'vitest';
import { startBotHarness, useBotHarness } from '../helpers/bot-harness.ts';
import { InboxEventModel } from '../../models/inbox-event.ts';
import { LineUserModel } from '../../models/line-user.ts';
import { textEvent, webhookBody } from '../helpers/webhook-events.ts';

const bot = useBotHarness();

/** A friend of the bot with a reply token, so an answer to them can be seen in the emulator. */
function villager(name: string) {
  const { userId } = bot().emulator.users.add({ displayName: name });
  return { userId, menu: () => textEvent(userId, 'เมนู', bot().emulator.issueReplyToken(userId)) };
}

const stored = (webhookEventId: unknown) => InboxEventModel.countDocuments({ webhookEventId: String(webhookEventId) });

describe('webhook events are checked at the door', () => {
  it('when source.userId is an operator object, then that event is refused and its valid neighbour is answered', async () => {
    const victim = villager('ผู้ใช้ เดิม');
    const seenAt = new Date('2025-01-01T00:00:00Z');
    await LineUserModel.create({ lineUserId: victim.userId, displayName: 'ผู้ใช้ เดิม', lastSeenAt: seenAt });
    const attack = { ...textEvent('Uattacker', 'สวัสดี'), source: { type: 'user', userId: { $ne: null } } };
    const neighbour = villager('เพื่อนบ้าน');
    const honest = neighbour.menu();
    const response = await bot().postWebhook(webhookBody([attack as never, honest]));
    expect(response.status).toBe(200);
    await bot().emulator.waitForDeliveries({ userId: neighbour.userId }, { count: 1 });
    expect(await stored(attack.webhookEventId)).toBe(0);
    expect((await LineUserModel.findOne({ lineUserId: victim.userId }).lean())?.lastSeenAt).toEqual(seenAt);
  });

  it('when webhookEventId is not a string, then the event is refused and a later event is still answered', async () => {
    const person = villager('ไอดีแปลก');
    const numeric = { ...person.menu(), webhookEventId: 12345 };
    const objectId = { ...person.menu(), webhookEventId: { $gt: '' } };
    expect((await bot().postWebhook(webhookBody([numeric, objectId] as never))).status).toBe(200);
    const next = person.menu();
    expect((await bot().postWebhook(webhookBody([next]))).status).toBe(200);
    await bot().emulator.waitForDeliveries({ userId: person.userId }, { count: 1 });
    expect(await stored(next.webhookEventId)).toBe(1);
    expect(await InboxEventModel.countDocuments({ lineUserId: person.userId })).toBe(1);
  });

  it('when an event has no timestamp, then it is refused at once instead of dead-lettered later', async () => {
    const person = villager('ไม่มีเวลา');
    const { timestamp: _dropped, ...untimed } = person.menu();
    expect((await bot().postWebhook(webhookBody([untimed as never]))).status).toBe(200);
    expect(await stored(untimed.webhookEventId)).toBe(0);
  });

  it('when events holds null, then the body is not a LINE webhook: 400 and nothing stored', async () => {
    const person = villager('null ปน');
    const valid = person.menu();
    expect((await bot().postWebhook({ destination: 'U0', events: [null] })).status).toBe(400);
    expect((await bot().postWebhook({ destination: 'U0', events: [valid, null] })).status).toBe(400);
    expect((await bot().postWebhook({ destination: 'U0', events: {} })).status).toBe(400);
    expect(await stored(valid.webhookEventId)).toBe(0);
  });

  it('when an event nests 100,000 levels deep, then it is refused and the next person is answered', async () => {
    const poison = `{"destination":"U0","events":[${JSON.stringify(textEvent('Upoison', 'x')).slice(0, -1)},"extra":${'['.repeat(100_000)}${']'.repeat(100_000)}}]}`;
    const response = await bot().postWebhook(poison);
    expect(response.status).toBe(200);
    const next = villager('คนถัดไป');
    await bot().postWebhook(webhookBody([next.menu()]));
    await bot().emulator.waitForDeliveries({ userId: next.userId }, { count: 1 });
    expect(await InboxEventModel.countDocuments({ lineUserId: 'Upoison' })).toBe(0);
    // A restarted instance on the same database still answers: nothing poisonous was kept.
    const restarted = await startBotHarness();
    try {
      const { userId } = restarted.emulator.users.add({ displayName: 'หลังเริ่มใหม่' });
      await restarted.postWebhook(webhookBody([textEvent(userId, 'เมนู', restarted.emulator.issueReplyToken(userId))]));
      await restarted.emulator.waitForDeliveries({ userId }, { count: 1 });
    } finally {
      await restarted.close();
    }
  });

  it('when one request has a NUL byte in a key beside 30 concurrent valid requests, then all 30 are stored', async () => {
    const people = Array.from({ length: 30 }, (_, i) => villager(`พร้อมกัน ${i}`));
    const events = people.map((person) => person.menu());
    const bad = JSON.stringify(webhookBody([textEvent('Unul', 'x')])).replace('"mode"', '"mo\\u0000de"');
    const responses = await Promise.all([bot().postWebhook(bad), ...events.map((event) => bot().postWebhook(webhookBody([event])))]);
    expect(responses.map((response) => response.status)).toEqual(Array(31).fill(200));
    expect(await InboxEventModel.countDocuments({ webhookEventId: { $in: events.map((event) => event.webhookEventId) } })).toBe(30);
    expect(await InboxEventModel.countDocuments({ lineUserId: 'Unul' })).toBe(0);
  });

  it('when a text is longer than LINE allows, then it is refused', async () => {
    const long = textEvent('U' + 'a'.repeat(32), 'ก'.repeat(5_001));
    expect((await bot().postWebhook(webhookBody([long]))).status).toBe(200);
    expect(await stored(long.webhookEventId)).toBe(0);
  });
});
