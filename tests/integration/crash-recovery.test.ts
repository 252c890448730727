import { afterAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/database.ts';
import { startBotProcess } from '../../dev/bot-process.ts';
import { startEmulatedChannel } from '../../dev/start-bot-against-emulator.ts';
import { loadConfig } from '../../infra/config/load-config.ts';
import { createLogger } from '../../infra/logger.ts';
import { startBot, type RunningBot } from '../../bot/start-bot.ts';
import { InboxEventModel } from '../../models/inbox-event.ts';
import { OutboxMessageModel } from '../../models/outbox-message.ts';

const database = useTestDatabase();
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('a bot process killed while sending', () => {
  it('when SIGKILL hits mid-reply, then another instance takes over the lease and the user gets the answer once', async () => {
    const channel = await startEmulatedChannel();
    const { emulator } = channel;
    cleanups.push(() => channel.running.close());
    const env = { ...channel.env, MONGODB_URI: database.uri(), LOG_LEVEL: 'info', OUTBOX_LEASE_MS: '1500', INBOX_LEASE_MS: '1500' };
    const doomed = await startBotProcess(env);
    cleanups.push(() => doomed.kill());
    emulator.webhookUrl = `${doomed.url}/webhook`;

    // LINE will take 3 s to answer the reply: the process dies while waiting for it.
    emulator.injectFault({ endpoint: 'reply', delayMs: 3_000, times: 1 });
    const user = emulator.users.add({ displayName: 'ชาวบ้าน ผู้รอคำตอบ' });
    const sent = await emulator.sendFromUser(user.userId, { type: 'text', text: 'เมนู' });
    expect(sent.status).toBe(200);
    await expect.poll(() => OutboxMessageModel.countDocuments({ to: user.userId, status: 'sending' }), { timeout: 5_000 }).toBe(1);
    await doomed.kill();

    const config = loadConfig({ ...env, MONGODB_URI: '', LOG_LEVEL: 'silent' });
    const survivor: RunningBot = await startBot(config, createLogger('silent'), { useExistingDatabaseConnection: true });
    cleanups.push(() => survivor.close());

    await expect.poll(() => OutboxMessageModel.countDocuments({ to: user.userId, status: 'sent' }), { timeout: 10_000 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expect(emulator.deliveries({ userId: user.userId })).toHaveLength(1);
    expect(JSON.stringify(emulator.deliveries({ userId: user.userId })[0]!.message)).toContain('เมนูบริการ');
    expect(await InboxEventModel.countDocuments({ lineUserId: user.userId, status: 'done' })).toBe(1);
  });
});
