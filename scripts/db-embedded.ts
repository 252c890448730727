import { parseArgs } from 'node:util';
import pino from 'pino';
import { startEmbeddedServer } from '../db/embedded/index.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.EMBEDDED_DB_PORT ?? '27017' },
    dbpath: { type: 'string', default: process.env.EMBEDDED_DB_PATH ?? '.data/db' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const logger = pino({ name: 'embedded-db' }, pino.destination(2));
const server = await startEmbeddedServer({ host: values.host, port: Number(values.port), dbPath: values.dbpath, logger });
process.stdout.write(`Embedded MongoDB-compatible server accepting connections at ${server.uri} (data in ${values.dbpath})\n`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping: flushing data to disk');
  await server.close();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
