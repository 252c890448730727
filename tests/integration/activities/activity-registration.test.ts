import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../../helpers/bot-harness.ts';
import { activityJobServices, makeActivity, settle } from '../../helpers/activity-fixtures.ts';
import { toBangkokLocalInput } from '../../../domain/activities/activity-time.ts';
import { addDays } from '../../../domain/time/thai-time.ts';
import { ActivityModel } from '../../../models/activity.ts';

const bot = useBotHarness({ FLOOD_BURST_MESSAGES: '200', FLOOD_MESSAGES_PER_MINUTE: '2000' });
const now = () => new Date();

describe('registration under concurrency', () => {
  it('when 50 people tap «ลงทะเบียน» at once for 10 seats, then exactly 10 get a seat and 40 hear it is full; a double tap takes one seat', async () => {
    const services = activityJobServices(bot, now);
    const start = addDays(new Date(), 5);
    const activity = await makeActivity(services, now, { title: 'อบรมที่นั่งจำกัด', capacity: 10, start: toBangkokLocalInput(start), end: toBangkokLocalInput(new Date(start.getTime() + 3 * 3_600_000)) });
    const data = `action=activity.register&a=${activity._id}`;
    const people = Array.from({ length: 50 }, (_, i) => bot().emulator.users.add({ displayName: `ผู้สมัคร ${i + 1}` }).userId);
    await Promise.all(people.map((userId) => bot().emulator.sendFromUser(userId, { type: 'postback', data, displayText: 'ลงทะเบียน' })));
    await bot().emulator.waitForDeliveries({}, { count: 50, timeoutMs: 20_000 });
    await settle(1_000);
    const answers = people.map((userId) => JSON.stringify(bot().emulator.deliveries({ userId }).map((delivery) => delivery.message)));
    expect(answers.filter((answer) => answer.includes('ลงทะเบียนเรียบร้อยแล้ว'))).toHaveLength(10);
    expect(answers.filter((answer) => answer.includes('ที่นั่งเต็มแล้ว'))).toHaveLength(40);
    const stored = await ActivityModel.findById(activity._id).lean();
    expect(stored?.registeredCount).toBe(10);
    expect(new Set(stored?.registrants).size).toBe(10);

    const other = await makeActivity(services, now, { title: 'อบรมกดซ้ำ', capacity: 5, start: toBangkokLocalInput(start), end: toBangkokLocalInput(new Date(start.getTime() + 3_600_000)) });
    const eager = people[0]!;
    await Promise.all([1, 2, 3].map(() => bot().emulator.sendFromUser(eager, { type: 'postback', data: `action=activity.register&a=${other._id}` })));
    await settle(1_500);
    expect((await ActivityModel.findById(other._id).lean())).toMatchObject({ registeredCount: 1, registrants: [eager] });
  });
});
