import { createServer, type Server, type Socket } from 'node:net';
import { CursorStore } from './cursors.ts';
import { serveConnection, type ConnectionDeps } from './connection.ts';
import { stderrLogger, type EmbeddedLogger } from './logger.ts';
import { DurableStore } from './persistence/durable-store.ts';
import { DEFAULT_TTL_INTERVAL_MS, startTtlMonitor } from './ttl-monitor.ts';

export interface EmbeddedServerOptions {
  host?: string;
  /** 0 or undefined picks a free port. */
  port?: number;
  dbPath: string;
  logger?: EmbeddedLogger;
  /** How often expired TTL documents are removed (default 60 s, or EMBEDDED_DB_TTL_INTERVAL_MS). */
  ttlIntervalMs?: number;
  /** Journal size that triggers a snapshot (default 64 MB, or EMBEDDED_DB_COMPACT_BYTES). */
  compactThresholdBytes?: number;
  /** How long to wait for the data-directory lock of a crashed predecessor to go stale (default 12 s). */
  lockWaitMs?: number;
}

export interface EmbeddedServer {
  uri: string;
  port: number;
  close(): Promise<void>;
}

function envNumber(name: string): number | undefined {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** TTL expiry and idle-cursor cleanup; returns a function that stops both. */
function startBackgroundTasks(store: DurableStore, cursors: CursorStore, ttlIntervalMs: number): () => void {
  const stopTtl = startTtlMonitor(store.catalog, ttlIntervalMs, () => store.flush());
  const cursorSweep = setInterval(() => cursors.sweepIdle(), 60_000).unref();
  return () => {
    stopTtl();
    clearInterval(cursorSweep);
  };
}

function createWireServer(deps: ConnectionDeps): { server: Server; sockets: Set<Socket> } {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    serveConnection(socket, ++connections, deps);
  });
  return { server, sockets };
}

/** Starts the embedded MongoDB-compatible server in this process. */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const host = options.host ?? '127.0.0.1';
  const logger = options.logger ?? stderrLogger;
  const store = await DurableStore.open({
    dbPath: options.dbPath,
    logger,
    lockWaitMs: options.lockWaitMs,
    compactThresholdBytes: options.compactThresholdBytes ?? envNumber('EMBEDDED_DB_COMPACT_BYTES'),
  });
  const cursors = new CursorStore();
  const ttlInterval = options.ttlIntervalMs ?? envNumber('EMBEDDED_DB_TTL_INTERVAL_MS') ?? DEFAULT_TTL_INTERVAL_MS;
  const stopBackground = startBackgroundTasks(store, cursors, ttlInterval);
  const { server, sockets } = createWireServer({
    context: { catalog: store.catalog, cursors },
    logger,
    afterCommand: () => store.flush(),
  });
  const shutdown = async () => {
    stopBackground();
    for (const socket of sockets) socket.destroy();
    if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();
  };
  let port: number;
  try {
    port = await listen(server, options.port ?? 0, host);
  } catch (err) {
    await shutdown();
    throw err;
  }
  let closing: Promise<void> | null = null;
  return { uri: `mongodb://${host}:${port}`, port, close: () => (closing ??= shutdown()) };
}
