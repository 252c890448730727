import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../helpers/bot-harness.ts';
import { textEvent, webhookBody } from '../helpers/webhook-events.ts';
import { InboxEventModel } from '../../models/inbox-event.ts';
import { OutboxMessageModel } from '../../models/outbox-message.ts';
import { DAY_MS } from '../../domain/time/thai-time.ts';


const bot = useBotHarness({ INBOX_RETENTION_DAYS: '2', OUTBOX_SENT_RETENTION_DAYS: '3' });

describe('bounded storage', () => {
  it('when an event is answered, then the event and the sent message carry their configured expiry and the TTL index removes them', async () => {
    const { userId } = bot().emulator.users.add({ displayName: 'เก็บไม่นาน' });
    const event = textEvent(userId, 'เมนู', bot().emulator.issueReplyToken(userId));
    await bot().postWebhook(webhookBody([event]));
    await bot().emulator.waitForDeliveries({ userId }, { count: 1 });
    await expect.poll(async () => (await OutboxMessageModel.findOne({ to: userId }).lean())?.status, { timeout: 5_000 }).toBe('sent');
    await expect.poll(async () => (await InboxEventModel.findOne({ webhookEventId: event.webhookEventId }).lean())?.status, { timeout: 5_000 }).toBe('done');
    const inbox = await InboxEventModel.findOne({ webhookEventId: event.webhookEventId }).lean();
    const outbox = await OutboxMessageModel.findOne({ to: userId }).lean();
    expect(inbox!.expireAt!.getTime() - Date.now()).toBeGreaterThan(2 * DAY_MS - 60_000);
    expect(inbox!.expireAt!.getTime() - Date.now()).toBeLessThan(2 * DAY_MS + 60_000);
    expect(outbox!.expireAt!.getTime() - Date.now()).toBeGreaterThan(3 * DAY_MS - 60_000);
    expect(outbox!.expireAt!.getTime() - Date.now()).toBeLessThan(3 * DAY_MS + 60_000);

    // Time passes: the retention is over, and the database's TTL monitor removes both.
    const past = new Date(Date.now() - 1_000);
    await InboxEventModel.updateOne({ _id: inbox!._id }, { $set: { expireAt: past } });
    await OutboxMessageModel.updateOne({ _id: outbox!._id }, { $set: { expireAt: past } });
    await expect.poll(() => InboxEventModel.countDocuments({ _id: inbox!._id }), { timeout: 70_000, interval: 250 }).toBe(0);
    await expect.poll(() => OutboxMessageModel.countDocuments({ _id: outbox!._id }), { timeout: 70_000, interval: 250 }).toBe(0);
  }, 150_000);
});
