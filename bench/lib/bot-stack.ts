import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDatabase } from '../../db/connect.ts';
import { createLineEmulator, type LineEmulator } from '../../dev/line-emulator/index.ts';
import { loadConfig } from '../../bot/config/load-config.ts';
import { createLogger } from '../../bot/logger.ts';
import { startBot } from '../../bot/start-bot.ts';
import { userForRequest } from './webhook-traffic.ts';

export type BotStack = {
  botUrl: string;
  channelSecret: string;
  userIds: string[];
  databaseMode: 'external' | 'embedded';
  /** Issues `count` reply tokens in request order (see userForRequest). */
  issueReplyTokens(count: number): string[];
  close(): Promise<void>;
};

const USER_COUNT = 20;
/** Long enough for the slowest backlog; the bot's own 50 s freshness window still decides reply vs push. */
const REPLY_TOKEN_TTL_MS = 10 * 60 * 1000;
const silentLogger = { info: () => {}, warn: () => {}, error: () => {} };

/** The real bot in production mode, pointed at the LINE emulator, as tests/helpers/bot-harness.ts starts it. */
export async function startBotStack(): Promise<BotStack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-webhook-'));
  const mongodbUri = process.env.MONGODB_URI || undefined;
  const database = await connectDatabase({ mongodbUri, embeddedDbPath: dataDir, logger: silentLogger });
  const channelSecret = randomBytes(16).toString('hex');
  const channelAccessToken = randomBytes(24).toString('hex');
  const emulator = createLineEmulator({
    channelSecret,
    channelAccessToken,
    loginChannelId: '1234567890',
    webhookUrl: 'http://127.0.0.1:1/webhook',
    replyTokenTtlMs: REPLY_TOKEN_TTL_MS,
  });
  const running = await emulator.listen(0);
  const config = loadConfig({
    LINE_CHANNEL_SECRET: channelSecret,
    LINE_CHANNEL_ACCESS_TOKEN: channelAccessToken,
    LINE_API_BASE_URL: running.url,
    LINE_DATA_API_BASE_URL: running.url,
    LIFF_CHANNEL_ID: '1234567890',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
  });
  const bot = await startBot(config, createLogger(config.logLevel), { useExistingDatabaseConnection: true });
  emulator.webhookUrl = `${bot.url}/webhook`;
  const userIds = addUsers(emulator, USER_COUNT);
  return {
    botUrl: bot.url,
    channelSecret,
    userIds,
    databaseMode: database.mode,
    issueReplyTokens: (count) =>
      Array.from({ length: count }, (_, k) => emulator.issueReplyToken(userForRequest(userIds, k))),
    close: async () => {
      await bot.close();
      await running.close();
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Known friends, so the bot's first-contact profile lookup succeeds as it would for real users. */
function addUsers(emulator: LineEmulator, count: number): string[] {
  return Array.from({ length: count }, (_, i) => emulator.users.add({ displayName: `ผู้ทดสอบ ${i + 1}` }).userId);
}
