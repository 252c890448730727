import mongoose from 'mongoose';
import type { Logger } from 'pino';
// The worker module alone: the server itself (mingo, storage) loads in its worker thread, not here.
import { startEmbeddedServerInWorker } from './embedded/worker-server.ts';
import { findRunningServer } from './embedded/running-server.ts';

export interface DatabaseHandle {
  mode: 'external' | 'embedded';
  uri: string;
  close(): Promise<void>;
}

export interface ConnectDatabaseOptions {
  mongodbUri?: string;
  embeddedDbPath: string;
  /** Also open the embedded server on this TCP port (for tools like Compass); it listens on its socket either way. */
  embeddedDbPort?: number;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Command-line tasks: use the embedded server the running service already has on this data directory. */
  joinRunningServer?: boolean;
}

/** The URI without user and password, safe for logs. */
export function redactUri(uri: string): string {
  return uri.replace(/^(mongodb(?:\+srv)?:\/\/)[^@/]*@/, '$1***@');
}

/**
 * Connects the default mongoose connection: to MONGODB_URI when given, otherwise to the embedded
 * server with its data in `embeddedDbPath`, over the Unix socket in that directory (no other local
 * user can reach it). The embedded server runs in a worker thread, so its CPU work (command
 * parsing, matching, journaling) does not hold up the app's event loop.
 */
export async function connectDatabase(options: ConnectDatabaseOptions): Promise<DatabaseHandle> {
  const { logger } = options;
  if (options.mongodbUri) {
    await mongoose.connect(options.mongodbUri);
    logger.info({ database: 'mongodb', uri: redactUri(options.mongodbUri) }, 'using MongoDB from MONGODB_URI');
    return { mode: 'external', uri: options.mongodbUri, close: () => mongoose.disconnect() };
  }
  const running = options.joinRunningServer ? await findRunningServer(options.embeddedDbPath) : null;
  if (running) return joinRunning(running.uri, running.release, options);
  const server = await startEmbeddedServerInWorker({
    port: options.embeddedDbPort,
    dbPath: options.embeddedDbPath,
    logger,
  });
  try {
    await mongoose.connect(server.uri, { dbName: 'clinic-center' });
  } catch (err) {
    await server.close();
    throw err;
  }
  logger.info(
    { database: 'embedded', uri: server.uri, ...(server.tcpUri ? { tcpUri: server.tcpUri } : {}), dbPath: options.embeddedDbPath },
    'using the embedded MongoDB-compatible database (MONGODB_URI not set); it is meant for local runs, tests and small single-machine installs',
  );
  return {
    mode: 'embedded',
    uri: server.uri,
    close: async () => {
      await mongoose.disconnect();
      await server.close();
    },
  };
}

/** Through the running service's socket: closing disconnects only; the service keeps its server. */
async function joinRunning(uri: string, release: () => void, options: ConnectDatabaseOptions): Promise<DatabaseHandle> {
  try {
    await mongoose.connect(uri, { dbName: 'clinic-center' });
  } catch (err) {
    release();
    throw err;
  }
  options.logger.info({ database: 'embedded', dbPath: options.embeddedDbPath }, "using the running service's embedded database");
  return {
    mode: 'embedded',
    uri,
    close: async () => {
      await mongoose.disconnect();
      release();
    },
  };
}
