import { createServer, type ListenOptions, type Server, type Socket } from 'node:net';
import { CursorStore } from './cursors.ts';
import { serveConnection, type ConnectionDeps } from './connection.ts';
import { stderrLogger, type EmbeddedLogger } from './logger.ts';
import { DurableStore } from './persistence/durable-store.ts';
import type { JournalIo } from './persistence/journal-io.ts';
import { prepareSocketPath, restrictSocket, socketUri } from './socket-path.ts';
import { DEFAULT_TTL_INTERVAL_MS, startTtlMonitor } from './ttl-monitor.ts';

export interface EmbeddedServerOptions {
  dbPath: string;
  /**
   * Also listen on TCP (0 picks a free port), for tools that cannot use a socket. Off by default:
   * the server has no authentication, and any local user can reach a TCP port.
   */
  port?: number;
  host?: string;
  logger?: EmbeddedLogger;
  /** How often expired TTL documents are removed (default 60 s, or EMBEDDED_DB_TTL_INTERVAL_MS). */
  ttlIntervalMs?: number;
  /** Journal size that triggers a snapshot (default 64 MB, or EMBEDDED_DB_COMPACT_BYTES). */
  compactThresholdBytes?: number;
  /** The journal's write and fsync (tests inject failing ones); in-process servers only. */
  journalIo?: JournalIo;
  /** How long to wait for the data-directory lock of a crashed predecessor to go stale (default 12 s). */
  lockWaitMs?: number;
}

export interface EmbeddedServer {
  /** The Unix socket in the data directory, as a mongodb:// URI. */
  uri: string;
  socketPath: string;
  /** Only when `port` was given. */
  tcpUri?: string;
  close(): Promise<void>;
}

function envNumber(name: string): number | undefined {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

function listen(server: Server, where: ListenOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(where, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** TTL expiry and idle-cursor cleanup; returns a function that stops both. */
function startBackgroundTasks(store: DurableStore, cursors: CursorStore, ttlIntervalMs: number, logger: EmbeddedLogger): () => void {
  const stopTtl = startTtlMonitor(store.catalog, ttlIntervalMs, () => store.commit(), logger);
  const cursorSweep = setInterval(() => cursors.sweepIdle(), 60_000).unref();
  return () => {
    stopTtl();
    clearInterval(cursorSweep);
  };
}

/** One listener per address, all serving the same store; `sockets` lets shutdown cut every client. */
function wireServerFactory(deps: ConnectionDeps): { create(): Server; sockets: Set<Socket> } {
  const sockets = new Set<Socket>();
  let connections = 0;
  const create = () =>
    createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      serveConnection(socket, ++connections, deps);
    });
  return { create, sockets };
}

/** Starts the embedded MongoDB-compatible server in this process. */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const logger = options.logger ?? stderrLogger;
  const store = await DurableStore.open({
    dbPath: options.dbPath,
    logger,
    lockWaitMs: options.lockWaitMs,
    journalIo: options.journalIo,
    compactThresholdBytes: options.compactThresholdBytes ?? envNumber('EMBEDDED_DB_COMPACT_BYTES'),
  });
  const cursors = new CursorStore();
  const ttlInterval = options.ttlIntervalMs ?? envNumber('EMBEDDED_DB_TTL_INTERVAL_MS') ?? DEFAULT_TTL_INTERVAL_MS;
  const stopBackground = startBackgroundTasks(store, cursors, ttlInterval, logger);
  const wire = wireServerFactory({
    context: { catalog: store.catalog, cursors, compact: () => store.compact() },
    logger,
    afterCommand: () => store.commit(),
  });
  const servers: Server[] = [];
  let socketPath: ReturnType<typeof prepareSocketPath> | undefined;
  const shutdown = async () => {
    stopBackground();
    for (const socket of wire.sockets) socket.destroy();
    await Promise.all(servers.filter((server) => server.listening).map((server) => new Promise((resolve) => server.close(resolve))));
    socketPath?.remove();
    await store.close();
  };
  try {
    socketPath = prepareSocketPath(options.dbPath);
    servers.push(wire.create());
    await listen(servers[0] as Server, { path: socketPath.path });
    restrictSocket(socketPath.path);
    const tcpUri = options.port === undefined ? undefined : await listenTcp(wire.create(), options, servers);
    let closing: Promise<void> | null = null;
    return { uri: socketUri(socketPath.path), socketPath: socketPath.path, tcpUri, close: () => (closing ??= shutdown()) };
  } catch (err) {
    await shutdown();
    throw err;
  }
}

async function listenTcp(server: Server, options: EmbeddedServerOptions, servers: Server[]): Promise<string> {
  const host = options.host ?? '127.0.0.1';
  servers.push(server);
  await listen(server, { port: options.port, host });
  const address = server.address();
  return `mongodb://${host}:${typeof address === 'object' && address ? address.port : options.port}`;
}
