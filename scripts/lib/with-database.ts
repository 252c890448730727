import { pino } from 'pino';
import { loadConfig } from '../../infra/config/load-config.ts';
import { loadDotEnv } from '../../infra/config/load-dotenv.ts';
import { createLogger } from '../../infra/logger.ts';
import { connectDatabase } from '../../db/connect.ts';

/**
 * Runs a command-line task against the same database the service uses (MONGODB_URI, or the
 * embedded server in EMBEDDED_DB_PATH) and always closes it, so the embedded journal is flushed.
 * Logs go to stderr: stdout is the command's own output.
 */
export async function withDatabase<T>(work: () => Promise<T>): Promise<T> {
  loadDotEnv();
  const config = loadConfig();
  const logger = createLogger('warn', pino.destination(2));
  const database = await connectDatabase({ ...config.database, logger });
  try {
    return await work();
  } finally {
    await database.close();
  }
}
