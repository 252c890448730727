import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { connectDatabase, type DatabaseHandle } from '../../db/connect.ts';
import type { LineEmulator } from '../../dev/line-emulator/index.ts';
import type { SendCallCounts } from '../../dev/line-emulator/types.ts';
import { startBotProcess, type BotProcess } from '../../dev/bot-process.ts';
import { startEmulatedChannel } from '../../dev/start-bot-against-emulator.ts';
import type { ProcessUsage } from '../../dev/process-usage.ts';
import { userForRequest } from './webhook-traffic.ts';

export type BotStack = {
  /** The running bot's address (it changes when startWholeSystem restarts the bot). */
  readonly botUrl: string;
  channelSecret: string;
  userIds: string[];
  databaseMode: 'external' | 'embedded';
  /** The bot process's peak RSS and CPU time so far. */
  usage(): ProcessUsage;
  /**
   * The bot starts as a webhook-only instance (INSTANCE_ROLE=webhook); this replaces it with one
   * whole-system instance (INSTANCE_ROLE=all) on a fresh database, and returns the webhook
   * instance's usage. Fresh, because the webhook tier leaves tens of thousands of unprocessed
   * events that the processing runs must not inherit (nor the bot's start replay them).
   */
  startWholeSystem(): Promise<ProcessUsage>;
  /** LINE's accepted send calls per API so far (the emulator's count). */
  sendCalls(): SendCallCounts;
  /** Issues `count` reply tokens in request order (see userForRequest). */
  issueReplyTokens(count: number): string[];
  close(): Promise<void>;
};

/** Villagers chatting at once: enough that no one person sends dozens of messages a second. */
const USER_COUNT = 2_000;
/** Long enough for the slowest backlog; the bot's own 50 s freshness window still decides reply vs push. */
const REPLY_TOKEN_TTL_MS = 10 * 60 * 1000;
/** The emulator keeps what it delivered for the chat console; nothing here reads it. */
const EMULATOR_LOG_ENTRIES = 1_000;
const silentLogger = { info: () => {}, warn: () => {}, error: () => {} };

/**
 * The real bot as `npm start` runs it in production mode, in its own process against the LINE
 * emulator in this one, with its embedded database (unless MONGODB_URI) in the bot's process as
 * deployed. This process joins that database to count and check what the bot stored.
 */
export async function startBotStack(): Promise<BotStack> {
  const mongodbUri = process.env.MONGODB_URI || undefined;
  const channel = await startEmulatedChannel({ replyTokenTtlMs: REPLY_TOKEN_TTL_MS, emulator: { maxLogEntries: EMULATOR_LOG_ENTRIES } });
  const { emulator } = channel;
  let dataDir = '';
  const start = async (role: string): Promise<[BotProcess, DatabaseHandle]> => {
    dataDir = await mkdtemp(join(tmpdir(), 'bench-webhook-'));
    const database = `bench-webhook-${role}-${process.pid}`;
    // The default log level, as deployed: the address line at info tells when the bot listens.
    const env = { ...channel.env, EMBEDDED_DB_PATH: dataDir, LOG_LEVEL: 'info', ...(mongodbUri ? { MONGODB_URI: withDatabase(mongodbUri, database) } : {}) };
    const bot = await startBotProcess({ ...env, INSTANCE_ROLE: role });
    emulator.webhookUrl = `${bot.url}/webhook`;
    const joined = await connectDatabase({ mongodbUri: env.MONGODB_URI, embeddedDbPath: dataDir, joinRunningServer: true, logger: silentLogger });
    return [bot, joined];
  };
  const stop = async () => {
    if (mongodbUri) await mongoose.connection.dropDatabase();
    await database.close();
    await bot.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  let [bot, database] = await start('webhook');
  const userIds = addUsers(emulator, USER_COUNT);
  return {
    get botUrl() {
      return bot.url;
    },
    channelSecret: channel.channelSecret,
    userIds,
    databaseMode: database.mode,
    usage: () => bot.usage(),
    startWholeSystem: async () => {
      const webhookOnly = bot.usage();
      await stop();
      [bot, database] = await start('all');
      return webhookOnly;
    },
    sendCalls: () => emulator.sendCalls(),
    issueReplyTokens: (count) =>
      Array.from({ length: count }, (_, k) => emulator.issueReplyToken(userForRequest(userIds, k))),
    close: async () => {
      await stop();
      await channel.running.close();
    },
  };
}

/** The same MongoDB server, another database: each bot instance starts on an empty one. */
function withDatabase(uri: string, database: string): string {
  const url = new URL(uri);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Known friends, so the bot's first-contact profile lookup succeeds as it would for real users. */
function addUsers(emulator: LineEmulator, count: number): string[] {
  return Array.from({ length: count }, (_, i) => emulator.users.add({ displayName: `ผู้ทดสอบ ${i + 1}` }).userId);
}
