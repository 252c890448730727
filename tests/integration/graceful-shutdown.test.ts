import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/database.ts';
import { loadConfig } from '../../infra/config/load-config.ts';
import { createLogger } from '../../infra/logger.ts';
import { startBot } from '../../bot/start-bot.ts';

useTestDatabase();

describe('graceful shutdown', () => {
  it('when a chat console stream is still open, then close() cuts it after the grace period instead of hanging', async () => {
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', SHUTDOWN_GRACE_MS: '300' });
    const bot = await startBot(config, createLogger('silent'), { useExistingDatabaseConnection: true });
    const stream = await fetch(`${bot.url}/dev/api/stream`);
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    await reader.read();
    const started = performance.now();
    await bot.close();
    expect(performance.now() - started).toBeLessThan(5_000);
    // Events sent before the cut (a job's message to staff at start) may still be buffered: read past them.
    const readToEnd = async () => {
      for (;;) if ((await reader.read()).done) return 'ended cleanly';
    };
    await expect(readToEnd()).rejects.toThrow();
    expect((await fetch(`${bot.url}/healthz`).catch(() => null))?.status).toBeUndefined();
  });
});
