import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Router } from 'express';
import { connectDatabase, type DatabaseHandle } from '../db/connect.ts';
import type { AppConfig } from './config/load-config.ts';
import type { Logger } from './logger.ts';
import { createApp } from './app.ts';
import { createLineClients } from './line/line-clients.ts';
import { ensureIndexes } from './start/ensure-indexes.ts';
import { buildBotServices } from './start/build-bot-services.ts';
import type { LocalLine } from './local-mode/start-local-line.ts';
import { createOutbox } from './outbox/outbox.ts';
import { createOutboxSender } from './outbox/outbox-sender.ts';
import { createInboxWorker } from './inbox/inbox-worker.ts';
import { createEventDispatcher } from './events/dispatch-event.ts';
import { createApiRouter } from './api/api-router.ts';
import { createFaqCatalog, type FaqCatalog } from '../domain/knowledge-base/faq-catalog.ts';
import { loadShippedKbIfEmpty } from '../domain/faq/kb-sync.ts';

export type RunningBot = {
  url: string;
  port: number;
  local: LocalLine | null;
  /** Stops accepting, lets in-flight work finish, then closes the database (if it opened it). */
  close(): Promise<void>;
};

export type StartOptions = {
  /** Tests connect mongoose themselves; the server then leaves the connection alone. */
  useExistingDatabaseConnection?: boolean;
};

const DAY_MS = 24 * 60 * 60 * 1000;

export async function startBot(config: AppConfig, logger: Logger, options: StartOptions = {}): Promise<RunningBot> {
  const database = options.useExistingDatabaseConnection ? null : await connectDatabase({ ...config.database, logger });
  await ensureIndexes();
  const faqCatalog = await openFaqCatalog(config, logger);
  let handler: RequestListener = (_req, res) => {
    res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"starting"}');
  };
  const server = createServer((req, res) => handler(req, res));
  const port = await listen(server, config.port, config.host);
  const local = config.lineCredentials ? null : await startLocalMode(config, port, logger);
  const credentials = config.lineCredentials ?? local!.credentials;
  const clients = createLineClients({
    channelAccessToken: credentials.channelAccessToken,
    apiBaseUrl: local?.apiBaseUrl ?? config.lineApiBaseUrl,
    dataApiBaseUrl: local?.apiBaseUrl ?? config.lineDataApiBaseUrl,
  });

  const sender = createOutboxSender({ clients, logger, ...config.outbox });
  const outbox = createOutbox({ replyTokenMaxAgeMs: 50_000, onEnqueued: (count) => sender.wake(count) });
  const services = buildBotServices({ config, outbox, clients, logger, faqCatalog });
  const inbox = createInboxWorker({
    dispatch: createEventDispatcher(services, logger),
    logger,
    leaseMs: config.inbox.leaseMs,
    maxAttempts: config.inbox.maxAttempts,
    retentionMs: config.inbox.retentionDays * DAY_MS,
  });
  const api = createApiRouter({
    auth: { apiBaseUrl: local?.apiBaseUrl ?? config.lineApiBaseUrl, channelId: local?.loginChannelId ?? config.liff.channelId },
    catalog: faqCatalog,
  });
  const servesHttp = config.instanceRole !== 'worker';
  const mounts: { path: string; router: Router }[] = servesHttp ? [{ path: '/api', router: api }] : [];
  if (local) mounts.push({ path: '/dev', router: local.consoleRouter });
  const webhook = { channelSecret: credentials.channelSecret, bodyLimitBytes: config.webhookBodyLimitBytes, onStored: (count: number) => inbox.wake(count) };
  handler = createApp({ logger, webhook: servesHttp ? webhook : null, mounts });
  if (config.instanceRole !== 'webhook') {
    inbox.start();
    sender.start();
  }

  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  return {
    url,
    port,
    local,
    close: () => shutdown({ server, inbox, sender, faqCatalog, local, database }),
  };
}

/** The shipped knowledge base seeds an empty database; after that the stored FAQ is the truth. */
async function openFaqCatalog(config: AppConfig, logger: Logger): Promise<FaqCatalog> {
  const loaded = await loadShippedKbIfEmpty();
  if (loaded > 0) logger.info({ entries: loaded }, 'loaded the shipped FAQ knowledge base');
  const catalog = createFaqCatalog({ refreshIntervalMs: config.faqRefreshIntervalMs, logger });
  await catalog.refresh();
  catalog.start();
  return catalog;
}

/** Loaded only in local mode, so a production process never loads the emulator or the console. */
async function startLocalMode(config: AppConfig, port: number, logger: Logger): Promise<LocalLine> {
  const { startLocalLine } = await import('./local-mode/start-local-line.ts');
  return startLocalLine({ ...config, port }, logger);
}

async function shutdown(parts: {
  server: Server;
  inbox: { stop(): Promise<void> };
  sender: { stop(): Promise<void> };
  faqCatalog: FaqCatalog;
  local: LocalLine | null;
  database: DatabaseHandle | null;
}): Promise<void> {
  const closed = new Promise<void>((resolve) => parts.server.close(() => resolve()));
  parts.server.closeIdleConnections();
  await parts.inbox.stop();
  await parts.sender.stop();
  parts.faqCatalog.stop();
  await closed;
  await parts.local?.close();
  await parts.database?.close();
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}
