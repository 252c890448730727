import { describe, expect, it } from 'vitest';
import { useBotHarness } from '../helpers/bot-harness.ts';
import { textEvent, webhookBody } from '../helpers/webhook-events.ts';
import { InboxEventModel } from '../../models/inbox-event.ts';

const bot = useBotHarness({ INSTANCE_ROLE: 'webhook' });

describe('separate webhook and worker instances', () => {
  it('when only a webhook instance runs, then events are stored but not processed; a worker instance then answers them', async () => {
    const harness = bot();
    const user = harness.emulator.users.add({ displayName: 'ชาวบ้าน สองเครื่อง' });
    const event = textEvent(user.userId, 'เมนู', harness.emulator.issueReplyToken(user.userId));
    expect((await harness.postWebhook(webhookBody([event]))).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect((await InboxEventModel.findOne({ webhookEventId: event.webhookEventId }).lean())?.status).toBe('pending');

    const worker = await harness.startInstance({ INSTANCE_ROLE: 'worker' });
    const [delivery] = await harness.emulator.waitForDeliveries({ userId: user.userId }, { count: 1 });
    expect(JSON.stringify(delivery!.message)).toContain('เมนูบริการ');
    expect((await fetch(`${worker.url}/webhook`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await fetch(`${worker.url}/readyz`)).status).toBe(200);
  });
});
