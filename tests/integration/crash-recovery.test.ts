import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/database.ts';
import { createLineEmulator, type RunningEmulator } from '../../dev/line-emulator/index.ts';
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

/** `npm start`'s own entry point in a child process, so it can really be killed with SIGKILL. */
async function startBotProcess(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/server.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.setEncoding('utf8');
  // Keep draining after the URL is found: a full pipe would stall the child's logging.
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: string) => {
      output += chunk;
      const found = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output)?.[1];
      if (found) resolve(found);
    });
    child.once('exit', () => reject(new Error(`bot process exited before listening:\n${output}`)));
  });
  return { child, url };
}

describe('a bot process killed while sending', () => {
  it('when SIGKILL hits mid-reply, then another instance takes over the lease and the user gets the answer once', async () => {
    const channelSecret = randomBytes(16).toString('hex');
    const channelAccessToken = randomBytes(24).toString('hex');
    const emulator = createLineEmulator({ channelSecret, channelAccessToken, loginChannelId: '1', webhookUrl: 'http://127.0.0.1:1/' });
    const running: RunningEmulator = await emulator.listen(0);
    cleanups.push(() => running.close());
    const env = {
      LINE_CHANNEL_SECRET: channelSecret,
      LINE_CHANNEL_ACCESS_TOKEN: channelAccessToken,
      LINE_API_BASE_URL: running.url,
      LINE_DATA_API_BASE_URL: running.url,
      MONGODB_URI: database.uri(),
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      OUTBOX_LEASE_MS: '1500',
      INBOX_LEASE_MS: '1500',
    };
    const doomed = await startBotProcess(env);
    cleanups.push(async () => doomed.child.kill('SIGKILL'));
    emulator.webhookUrl = `${doomed.url}/webhook`;

    // LINE will take 3 s to answer the reply: the process dies while waiting for it.
    emulator.injectFault({ endpoint: 'reply', delayMs: 3_000, times: 1 });
    const user = emulator.users.add({ displayName: 'ชาวบ้าน ผู้รอคำตอบ' });
    const sent = await emulator.sendFromUser(user.userId, { type: 'text', text: 'เมนู' });
    expect(sent.status).toBe(200);
    await expect.poll(() => OutboxMessageModel.countDocuments({ to: user.userId, status: 'sending' }), { timeout: 5_000 }).toBe(1);
    doomed.child.kill('SIGKILL');
    await once(doomed.child, 'exit');

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
