import { loadConfig, ConfigError } from '../infra/config/load-config.ts';
import { loadDotEnv } from '../infra/config/load-dotenv.ts';
import { createLogger } from '../infra/logger.ts';
import { startBot } from './start-bot.ts';

/** Entry point: `npm start`. Everything else is in start-bot.ts so tests can start the same server. */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const bot = await startBot(config, logger);
  logger.info({ url: bot.url, mode: config.mode }, 'Clinic Center bot is listening');
  if (bot.local) {
    const consoleUrl = `http://localhost:${bot.port}/dev`;
    logger.info({ consoleUrl, emulator: bot.local.apiBaseUrl }, 'local mode: LINE emulator running');
    process.stdout.write(`\n  แชตทดลอง (chat console): ${consoleUrl}\n\n`);
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    bot.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Could not start: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
});
