import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { Router } from 'express';
import { createLineEmulator, DEFAULT_PERSONAS, type LineEmulator, type RunningEmulator } from '../../dev/line-emulator/index.ts';
import { createChatConsoleRouter } from '../../dev/chat-console/index.ts';
import type { AppConfig, LineCredentials } from '../../infra/config/load-config.ts';
import type { Logger } from '../../infra/logger.ts';
import { localRoles, seedRoles } from './local-roles.ts';
import { botRichMenu } from './local-rich-menu.ts';

export type LocalLine = {
  credentials: LineCredentials;
  apiBaseUrl: string;
  loginChannelId: string;
  emulator: LineEmulator;
  consoleRouter: Router;
  close(): Promise<void>;
};

export type LocalLineOptions = {
  /** Keep the console's users and chats beside the embedded database (a real local run, not a test on a shared connection). */
  keepState?: boolean;
};

const LOCAL_LOGIN_CHANNEL_ID = '1000000000';
/** The console's officer works for เทศบาลเมืองสุพรรณบุรี in the sample office list (ต.ท่าพี่เลี้ยง, ต.รั้วใหญ่). */
const LOCAL_DEMO_OFFICE_CODE = 'MUN-7201';
const PERSONAS = DEFAULT_PERSONAS.map((persona) => (persona.role === 'officer' ? { ...persona, officeCode: LOCAL_DEMO_OFFICE_CODE } : persona));

/**
 * Local mode: a LINE platform emulator on its own port (the SDK resolves API paths against the
 * origin, so it cannot share the bot's) with fresh random credentials for this run only.
 */
export async function startLocalLine(config: AppConfig, logger: Logger, options: LocalLineOptions = {}): Promise<LocalLine> {
  const credentials = {
    channelSecret: randomBytes(16).toString('hex'),
    channelAccessToken: randomBytes(32).toString('base64url'),
  };
  const loginChannelId = config.liff.channelId ?? LOCAL_LOGIN_CHANNEL_ID;
  const emulator = createLineEmulator({
    ...credentials,
    loginChannelId,
    webhookUrl: `http://127.0.0.1:${config.port}/webhook`,
    personas: PERSONAS,
    logger: logger.child({ component: 'line-emulator' }),
    ...(options.keepState ? { stateDir: join(dirname(config.database.embeddedDbPath), 'line-emulator') } : {}),
  });
  await seedRoles(emulator, logger);
  const running: RunningEmulator = await emulator.listen(config.localMode.emulatorPort ?? 0, '127.0.0.1');
  return {
    credentials,
    apiBaseUrl: running.url,
    loginChannelId,
    emulator,
    consoleRouter: createChatConsoleRouter(emulator, { roles: localRoles, defaultRichMenu: botRichMenu(config) }),
    close: async () => {
      await running.close();
      emulator.close();
    },
  };
}
