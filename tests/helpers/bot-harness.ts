import { randomBytes } from 'node:crypto';
import { createLineEmulator, signWebhookBody, type LineEmulator, type RunningEmulator } from '../../dev/line-emulator/index.ts';
import { loadConfig } from '../../bot/config/load-config.ts';
import { createLogger } from '../../bot/logger.ts';
import { startBot, type RunningBot } from '../../bot/start-bot.ts';

export type BotHarness = {
  bot: RunningBot;
  emulator: LineEmulator;
  channelSecret: string;
  /** POSTs a body to /webhook signed with the channel secret, exactly as LINE would. */
  postWebhook(body: string | object, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
};

/**
 * Starts the real server in production mode against the LINE emulator, on the mongoose
 * connection the test file already opened (see useTestDatabase).
 */
export async function startBotHarness(env: Record<string, string> = {}): Promise<BotHarness> {
  const channelSecret = randomBytes(16).toString('hex');
  const channelAccessToken = randomBytes(24).toString('hex');
  const emulator = createLineEmulator({
    channelSecret,
    channelAccessToken,
    loginChannelId: '1234567890',
    webhookUrl: 'http://127.0.0.1:1/webhook',
  });
  const running: RunningEmulator = await emulator.listen(0);
  const config = loadConfig({
    LINE_CHANNEL_SECRET: channelSecret,
    LINE_CHANNEL_ACCESS_TOKEN: channelAccessToken,
    LINE_API_BASE_URL: running.url,
    LINE_DATA_API_BASE_URL: running.url,
    LIFF_CHANNEL_ID: '1234567890',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...env,
  });
  const bot = await startBot(config, createLogger(config.logLevel), { useExistingDatabaseConnection: true });
  emulator.webhookUrl = `${bot.url}/webhook`;
  return {
    bot,
    emulator,
    channelSecret,
    postWebhook: (body, headers = {}) => {
      const raw = typeof body === 'string' ? body : JSON.stringify(body);
      return fetch(`${bot.url}/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-line-signature': signWebhookBody(channelSecret, raw), ...headers },
        body: raw,
      });
    },
    close: async () => {
      await bot.close();
      await running.close();
    },
  };
}
