/**
 * The embedded MongoDB-compatible server on its own. It listens on the Unix socket in its data
 * directory (mode 0700, so only this user can connect); `--port N` also opens TCP on 127.0.0.1
 * for tools that cannot use a socket (0 picks a free port), at the price that any local user can
 * reach it, since the server has no authentication.
 */
import { parseArgs } from 'node:util';
import pino from 'pino';
import { startEmbeddedServer } from '../db/embedded/index.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.EMBEDDED_DB_PORT || undefined },
    dbpath: { type: 'string', default: process.env.EMBEDDED_DB_PATH ?? '.data/db' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const logger = pino({ name: 'embedded-db' }, pino.destination(2));
const port = values.port === undefined ? undefined : Number(values.port);
const server = await startEmbeddedServer({ host: values.host, port, dbPath: values.dbpath, logger });
process.stdout.write(`Embedded MongoDB-compatible server accepting connections at ${server.uri} (data in ${values.dbpath})\n`);
if (server.tcpUri) {
  process.stdout.write(`Also at ${server.tcpUri} (TCP without authentication: any local user can connect)\n`);
}

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
