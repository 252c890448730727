import { randomBytes } from 'node:crypto';
import type { Router } from 'express';
import { createLineEmulator, type LineEmulator, type RunningEmulator } from '../../dev/line-emulator/index.ts';
import { createChatConsoleRouter } from '../../dev/chat-console/index.ts';
import type { AppConfig, LineCredentials } from '../../infra/config/load-config.ts';
import type { Logger } from '../../infra/logger.ts';
import { assignRole } from '../../domain/users/assign-role.ts';

export type LocalLine = {
  credentials: LineCredentials;
  apiBaseUrl: string;
  loginChannelId: string;
  emulator: LineEmulator;
  consoleRouter: Router;
  close(): Promise<void>;
};

const LOCAL_LOGIN_CHANNEL_ID = '1000000000';
/** The console's officer works for เทศบาลเมืองสุพรรณบุรี in the sample office list (ต.ท่าพี่เลี้ยง, ต.รั้วใหญ่). */
const LOCAL_DEMO_OFFICE_CODE = 'MUN-7201';

/**
 * Local mode: a LINE platform emulator on its own port (the SDK resolves API paths against the
 * origin, so it cannot share the bot's) with fresh random credentials for this run only.
 */
export async function startLocalLine(config: AppConfig, logger: Logger): Promise<LocalLine> {
  const credentials = {
    channelSecret: randomBytes(16).toString('hex'),
    channelAccessToken: randomBytes(32).toString('base64url'),
  };
  const loginChannelId = config.liff.channelId ?? LOCAL_LOGIN_CHANNEL_ID;
  const emulator = createLineEmulator({
    ...credentials,
    loginChannelId,
    webhookUrl: `http://127.0.0.1:${config.port}/webhook`,
    logger: logger.child({ component: 'line-emulator' }),
  });
  await seedPersonaRoles(emulator);
  const running: RunningEmulator = await emulator.listen(config.localMode.emulatorPort ?? 0, '127.0.0.1');
  return {
    credentials,
    apiBaseUrl: running.url,
    loginChannelId,
    emulator,
    consoleRouter: createChatConsoleRouter(emulator),
    close: () => running.close(),
  };
}

/** The console's officer and staff personas get those roles in the bot, so every view can be tried. */
async function seedPersonaRoles(emulator: LineEmulator): Promise<void> {
  for (const user of emulator.users.list()) {
    if (user.role === 'villager') continue;
    await assignRole(user.userId, user.role, user.role === 'officer' ? LOCAL_DEMO_OFFICE_CODE : undefined);
  }
}
