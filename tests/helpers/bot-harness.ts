import { afterAll, beforeAll } from 'vitest';
import { useTestDatabase } from './database.ts';
import { signWebhookBody } from '../../dev/line-emulator/index.ts';
import { startBotAgainstEmulator, type BotAgainstEmulator } from '../../dev/start-bot-against-emulator.ts';
import type { LineEmulatorOptions } from '../../dev/line-emulator/index.ts';

/** Emulator settings a test may choose, e.g. the account's monthly message quota. */
type EmulatorSettings = Pick<LineEmulatorOptions, 'monthlyMessageQuota'>;

export type BotHarness = BotAgainstEmulator & {
  /** POSTs a body to /webhook signed with the channel secret, exactly as LINE would. */
  postWebhook(body: string | object, headers?: Record<string, string>): Promise<Response>;
};

/** The real server against the LINE emulator, on the mongoose connection useTestDatabase() opened. */
export async function startBotHarness(env: Record<string, string> = {}, emulator: EmulatorSettings = {}): Promise<BotHarness> {
  const started = await startBotAgainstEmulator({
    env: { ...(process.env.TEST_LOG_LEVEL ? { LOG_LEVEL: process.env.TEST_LOG_LEVEL } : {}), ...env },
    emulator,
  });
  return {
    ...started,
    postWebhook: (body, headers = {}) => {
      const raw = typeof body === 'string' ? body : JSON.stringify(body);
      return fetch(`${started.bot.url}/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-line-signature': signWebhookBody(started.channelSecret, raw), ...headers },
        body: raw,
      });
    },
  };
}

/**
 * For a test file: a fresh database (useTestDatabase) and the bot against the emulator, started
 * before the file's tests and stopped after. Call the returned function inside tests.
 */
export function useBotHarness(env: Record<string, string> = {}, emulator: EmulatorSettings = {}): () => BotHarness {
  useTestDatabase();
  let harness: BotHarness | undefined;
  beforeAll(async () => {
    harness = await startBotHarness(env, emulator);
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error('the bot harness starts in beforeAll');
    return harness;
  };
}
