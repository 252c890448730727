import { randomBytes } from 'node:crypto';
import { createLineEmulator, type LineEmulator, type LineEmulatorOptions, type RunningEmulator } from './line-emulator/index.ts';
import { loadConfig } from '../infra/config/load-config.ts';
import { createLogger } from '../infra/logger.ts';
import { startBot, type RunningBot, type StartOptions } from '../bot/start-bot.ts';

export type BotAgainstEmulator = {
  bot: RunningBot;
  emulator: LineEmulator;
  /** The emulator's Messaging API base URL and the channel's token, for a test's own LINE client (quota reads). */
  lineApiUrl: string;
  channelAccessToken: string;
  channelSecret: string;
  /** Another instance on the same database, emulator and channel (e.g. INSTANCE_ROLE=worker); closed with this one. */
  startInstance(env: Record<string, string>): Promise<RunningBot>;
  close(): Promise<void>;
};

type EmulatorOptions = { replyTokenTtlMs?: number; emulator?: Pick<LineEmulatorOptions, 'monthlyMessageQuota' | 'maxLogEntries'> };

export type EmulatedChannel = {
  emulator: LineEmulator;
  running: RunningEmulator;
  channelSecret: string;
  channelAccessToken: string;
  /** What a bot needs to run in production mode against this emulator (port, logs, jobs included). */
  env: Record<string, string>;
};

/** A LINE channel with fresh credentials on a listening emulator, and the bot environment that points at it. */
export async function startEmulatedChannel(options: EmulatorOptions = {}): Promise<EmulatedChannel> {
  const channelSecret = randomBytes(16).toString('hex');
  const channelAccessToken = randomBytes(24).toString('hex');
  const emulator = createLineEmulator({
    channelSecret,
    channelAccessToken,
    loginChannelId: '1234567890',
    webhookUrl: 'http://127.0.0.1:1/webhook',
    ...(options.replyTokenTtlMs ? { replyTokenTtlMs: options.replyTokenTtlMs } : {}),
    ...options.emulator,
  });
  const running = await emulator.listen(0);
  const env = {
    LINE_CHANNEL_SECRET: channelSecret,
    LINE_CHANNEL_ACCESS_TOKEN: channelAccessToken,
    LINE_API_BASE_URL: running.url,
    LINE_DATA_API_BASE_URL: running.url,
    LIFF_CHANNEL_ID: '1234567890',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    // Jobs would fire their catch-up at every start; tests and benchmarks run them explicitly.
    JOBS_ENABLED: 'false',
  };
  return { emulator, running, channelSecret, channelAccessToken, env };
}

/**
 * The real bot in production mode with fresh credentials, its LINE base URLs pointed at an
 * emulator: how tests and benchmarks exercise exactly what a deployment runs. The caller has
 * already connected mongoose (a test database, or the benchmark's own).
 */
export async function startBotAgainstEmulator(
  options: EmulatorOptions & { env?: Record<string, string>; startOptions?: Omit<StartOptions, 'useExistingDatabaseConnection'> } = {},
): Promise<BotAgainstEmulator> {
  const { emulator, running, channelSecret, channelAccessToken, env: sharedEnv } = await startEmulatedChannel(options);
  const instances: RunningBot[] = [];
  const startInstance = async (env: Record<string, string>) => {
    const config = loadConfig({ ...sharedEnv, ...env });
    const instance = await startBot(config, createLogger(config.logLevel), { ...options.startOptions, useExistingDatabaseConnection: true });
    instances.push(instance);
    return instance;
  };
  const bot = await startInstance(options.env ?? {});
  emulator.webhookUrl = `${bot.url}/webhook`;
  return {
    bot,
    emulator,
    lineApiUrl: running.url,
    channelAccessToken,
    channelSecret,
    startInstance,
    close: async () => {
      for (const instance of instances.reverse()) await instance.close();
      await running.close();
    },
  };
}
