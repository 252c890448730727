import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDatabase } from '../../db/connect.ts';
import type { LineEmulator } from '../../dev/line-emulator/index.ts';
import { startBotAgainstEmulator } from '../../dev/start-bot-against-emulator.ts';
import { userForRequest } from './webhook-traffic.ts';

export type BotStack = {
  botUrl: string;
  channelSecret: string;
  userIds: string[];
  databaseMode: 'external' | 'embedded';
  /** The bot starts as a webhook-only instance; this adds a worker instance, making a whole system. */
  startWorkers(): Promise<void>;
  /** Issues `count` reply tokens in request order (see userForRequest). */
  issueReplyTokens(count: number): string[];
  close(): Promise<void>;
};

/** Villagers chatting at once: enough that no one person sends dozens of messages a second. */
const USER_COUNT = 2_000;
/** Long enough for the slowest backlog; the bot's own 50 s freshness window still decides reply vs push. */
const REPLY_TOKEN_TTL_MS = 10 * 60 * 1000;
/**
 * The emulator keeps what it delivered for the chat console (50,000 by default, each a full flex
 * message); nothing here reads it, and a deployment has no emulator, so the peak RSS counts the bot.
 */
const EMULATOR_LOG_ENTRIES = 1_000;
const silentLogger = { info: () => {}, warn: () => {}, error: () => {} };

/**
 * The benchmark's own database plus the real bot in production mode against the LINE emulator:
 * first a webhook-only instance (the tier LINE waits on), later joined by a worker instance in
 * the same process, which together do what one INSTANCE_ROLE=all instance does.
 */
export async function startBotStack(): Promise<BotStack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-webhook-'));
  const mongodbUri = process.env.MONGODB_URI || undefined;
  const database = await connectDatabase({ mongodbUri, embeddedDbPath: dataDir, logger: silentLogger });
  const { bot, emulator, channelSecret, startInstance, close } = await startBotAgainstEmulator({
    env: { INSTANCE_ROLE: 'webhook' },
    replyTokenTtlMs: REPLY_TOKEN_TTL_MS,
    emulator: { maxLogEntries: EMULATOR_LOG_ENTRIES },
  });
  const userIds = addUsers(emulator, USER_COUNT);
  return {
    botUrl: bot.url,
    channelSecret,
    userIds,
    databaseMode: database.mode,
    startWorkers: async () => {
      await startInstance({ INSTANCE_ROLE: 'worker' });
    },
    issueReplyTokens: (count) =>
      Array.from({ length: count }, (_, k) => emulator.issueReplyToken(userForRequest(userIds, k))),
    close: async () => {
      await close();
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Known friends, so the bot's first-contact profile lookup succeeds as it would for real users. */
function addUsers(emulator: LineEmulator, count: number): string[] {
  return Array.from({ length: count }, (_, i) => emulator.users.add({ displayName: `ผู้ทดสอบ ${i + 1}` }).userId);
}
