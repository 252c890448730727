import { existsSync } from 'node:fs';

/**
 * Reads `.env` into process.env when the file exists (Node's own parser), so a deployment can
 * keep its settings in a file. Variables already set in the environment win.
 */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
