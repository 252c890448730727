import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../../helpers/bot-harness.ts';
import { DECEMBER_25, activityJobServices, logger, makeActivity } from '../../helpers/activity-fixtures.ts';
import { runJobOnce } from '../../../infra/jobs/job-runner.ts';
import { monthlyScheduleJob } from '../../../jobs/monthly-schedule.ts';
import { bucketOf } from '../../../domain/subscriptions/subscription-store.ts';
import { SubscriptionModel } from '../../../models/subscription.ts';
import { ActivitySendModel } from '../../../models/activity-send.ts';
import type { Outbox } from '../../../infra/outbox/outbox.ts';

const bot = useBotHarness();
const clock = () => DECEMBER_25;
const PEOPLE = 1_200;

/** An outbox whose process "dies" when asked to queue its `failAt`-th multicast. */
function crashingOutbox(outbox: Outbox, failAt: number): Outbox {
  let calls = 0;
  return {
    ...outbox,
    multicast: async (input) => {
      calls += 1;
      if (calls === failAt) throw new Error('the instance died while queueing');
      return outbox.multicast(input);
    },
  };
}

describe('a monthly push that crashes half way', () => {
  it('when the run dies after batch 1 of 3 and a lost LINE response is retried, then the rerun queues only batches 2 and 3 and each person got the schedule once', async () => {
    const services = activityJobServices(bot, clock);
    await makeActivity(services, clock, { title: 'อบรมทั้งจังหวัด' });
    const people = Array.from({ length: PEOPLE }, (_, i) => bot().emulator.users.add({ displayName: `สมาชิก ${i + 1}` }).userId);
    await SubscriptionModel.insertMany(people.map((lineUserId) => ({ lineUserId, status: 'active', area: { districtCode: '7201' }, topics: [], bucket: bucketOf(lineUserId) })));
    // LINE accepts the first multicast but its answer is lost: the sender retries with the same key.
    bot().emulator.injectFault({ endpoint: 'multicast', status: 500, afterAccept: true, times: 1 });

    const crashed = await runJobOnce(monthlyScheduleJob, { ...services, outbox: crashingOutbox(services.outbox, 2) }, { period: '2027-01', trigger: 'schedule', now: clock, logger });
    expect(crashed.status).toBe('failed');
    expect(await ActivitySendModel.find({ job: 'monthly-schedule', period: '2027-01' }, { status: 1, size: 1 }).sort({ _id: 1 }).lean()).toMatchObject([
      { status: 'queued', size: 500 },
      { status: 'planned', size: 500 },
      { status: 'planned', size: 200 },
    ]);

    const rerun = await runJobOnce(monthlyScheduleJob, services, { period: '2027-01', trigger: 'catch-up', now: clock, logger });
    expect(rerun.status).toBe('ran');
    expect(rerun.status === 'ran' && rerun.result).toMatchObject({ recipients: PEOPLE, batches: 3, queuedNow: 2, delivered: PEOPLE, failed: 0, pending: 0 });

    const received = bot().emulator.deliveries({ via: 'multicast' }).filter((delivery) => JSON.stringify(delivery.message).includes('อบรมทั้งจังหวัด'));
    const perPerson = new Map<string, number>();
    for (const delivery of received) perPerson.set(delivery.userId ?? '', (perPerson.get(delivery.userId ?? '') ?? 0) + 1);
    expect(perPerson.size).toBe(PEOPLE);
    expect([...perPerson.values()].every((count) => count === 1)).toBe(true);
    const calls = bot().emulator.requestLog({ endpoint: 'multicast' });
    // Three batches, one of them tried twice: the retry was answered 409 (already accepted), not sent again.
    expect(calls.map((call) => call.status).sort()).toEqual([200, 200, 409, 500]);
    expect(new Set(calls.map((call) => call.retryKey)).size).toBe(3);
  });
});
