import { pino } from 'pino';
import { loadConfig } from '../../infra/config/load-config.ts';
import { loadDotEnv } from '../../infra/config/load-dotenv.ts';
import { createLogger } from '../../infra/logger.ts';
import { connectDatabase } from '../../db/connect.ts';

/**
 * Runs a command-line task against the same database the service uses (MONGODB_URI, or the
 * embedded server in EMBEDDED_DB_PATH, through the running service's own server while it runs) and
 * always closes it, so the embedded journal is flushed.
 * Logs go to stderr: stdout is the command's own output.
 */
export async function withDatabase<T>(work: () => Promise<T>): Promise<T> {
  loadDotEnv();
  const config = loadConfig();
  const logger = createLogger('warn', pino.destination(2));
  const database = await connectDatabase({ ...config.database, logger, joinRunningServer: true });
  try {
    return await work();
  } finally {
    await database.close();
  }
}
