import type { RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Router } from 'express';
import { connectDatabase, type DatabaseHandle } from '../db/connect.ts';
import type { AppConfig, LineCredentials } from '../infra/config/load-config.ts';
import type { Logger } from '../infra/logger.ts';
import { createApp } from './app.ts';
import { createLineClients, type LineClients } from '../infra/line/line-clients.ts';
import { ensureIndexes } from './start/ensure-indexes.ts';
import { buildBotServices } from './start/build-bot-services.ts';
import type { LocalLine } from './local-mode/start-local-line.ts';
import { createDelivery } from '../infra/outbox/delivery.ts';
import type { DeliveryTiming } from '../infra/outbox/delivery-timing.ts';
import { createLimitedServer } from './http/server-limits.ts';
import { createInboxWorker } from './inbox/inbox-worker.ts';
import { buildCaseService } from './start/build-case-service.ts';
import { startJobScheduler } from '../infra/jobs/job-scheduler.ts';
import { scheduledJobs } from '../jobs/registry.ts';
import { createConsultationDelivery } from './notifications/consultation-delivery.ts';
import { liffUrlFromId } from './rich-menu/rich-menu-definition.ts';
import { createPhotoLinks } from './media/photo-links.ts';
import { createPhotoRoutes } from './media/photo-routes.ts';
import { createPrivacyPage } from './http/privacy-page.ts';
import { clinicContact } from '../domain/office-hours/clinic-contact.ts';
import { createActivityApi } from './api/activity-api.ts';
import { createIcsRoutes } from './api/ics-routes.ts';
import { createActivityJobDeps } from '../jobs/activity-services.ts';
import { createEventDispatcher } from './events/dispatch-event.ts';
import { createFloodGuard } from './inbox/flood-guard.ts';
import { createLoadingIndicator } from '../infra/line/loading-indicator.ts';
import { createApiRouter } from './api/api-router.ts';
import { createPublicDashboard } from './http/public-dashboard.ts';
import { createOpen311Router } from './open311/open311-router.ts';
import { createFaqCatalog, type FaqCatalog } from '../domain/knowledge-base/faq-catalog.ts';
import { loadShippedKbIfEmpty } from '../domain/faq/kb-sync.ts';
import { loadShippedOfficesIfEmpty } from '../domain/offices/import-offices.ts';

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
  /** Replaces the delivery layer's production durations (tests compress a LINE outage into seconds). */
  deliveryTiming?: DeliveryTiming;
};

const DAY_MS = 24 * 60 * 60 * 1000;

export async function startBot(config: AppConfig, logger: Logger, options: StartOptions = {}): Promise<RunningBot> {
  const database = options.useExistingDatabaseConnection ? null : await connectDatabase({ ...config.database, logger });
  await ensureIndexes();
  await loadShippedOffices(logger);
  const faqCatalog = await openFaqCatalog(config, logger);
  const http = await listenWhileStarting(config);
  // A bot on a connection it was handed (a test) keeps the console's users in memory only.
  const line = await connectLine(config, http.port, logger, database !== null);
  const { inbox, sender, photoLinks, cases, outbox } = createWorkers(config, line, faqCatalog, logger, { timing: options.deliveryTiming, liffPageBase: liffPageBase(config, line, http.port), publicUrl: config.publicBaseUrl ?? (line.local ? `http://localhost:${http.port}` : undefined) });
  const activityJobDeps = createActivityJobDeps({ config, messaging: line.clients.messaging, liffUrl: config.liff.liffId ? liffUrlFromId(config.liff.liffId) : undefined });
  const activities = createActivityApi({ config, logger, outbox, cases, jobDeps: activityJobDeps });
  const servesHttp = config.instanceRole !== 'worker';
  const api = createApiRouter({ auth: { apiBaseUrl: line.apiBaseUrl, channelId: line.loginChannelId, failuresPerHour: config.rateLimits.authFailuresPerHour }, catalog: faqCatalog, cases, outbox, activities, photoUrl: photoLinks.url, pseudonymSecret: config.privacy.pseudonymSecret ?? line.credentials.channelSecret });
  const mounts: { path: string; router: Router }[] = servesHttp ? [{ path: '/api', router: api }, { path: '/', router: createPhotoRoutes(photoLinks) }, { path: '/', router: createIcsRoutes(activities) }, { path: '/', router: privacyPage(config) }] : [];
  if (line.local) mounts.push({ path: '/dev', router: line.local.consoleRouter });
  // Open to anyone, no login: the figures and the open data, never a person (issue 13).
  if (servesHttp) mounts.push({ path: '/public', router: createPublicDashboard({ cases, logger }) }, { path: '/open311', router: createOpen311Router(cases, { requestsPerMinute: config.rateLimits.apiPerMinute }) });
  const webhook = { channelSecret: line.credentials.channelSecret, bodyLimitBytes: config.webhookBodyLimitBytes, onStored: (count: number) => inbox.wake(count) };
  const liff = servesHttp ? liffOptions(config, line) : null;
  http.serve(createApp({ logger, webhook: servesHttp ? webhook : null, mounts, liff, apiRateLimitPerMinute: config.rateLimits.apiPerMinute }));
  if (config.instanceRole !== 'webhook') {
    inbox.start();
    sender.start();
  }
  const jobs = config.instanceRole !== 'webhook' && config.jobs.enabled
    ? startJobScheduler({ jobs: scheduledJobs(config), deps: { activities: activityJobDeps, config, logger, outbox, cases, consultations: createConsultationDelivery(outbox), photoUrl: photoLinks.url, liffUrl: config.liff.liffId ? liffUrlFromId(config.liff.liffId) : undefined }, logger })
    : null;
  return {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${http.port}`,
    port: http.port,
    local: line.local,
    close: () => shutdown({ server: http.server, graceMs: config.shutdownGraceMs, jobs, inbox, sender, faqCatalog, local: line.local, database }),
  };
}

/** Listens at once (local mode needs the port for the emulator's webhook URL) and answers 503 until ready. */
async function listenWhileStarting(config: AppConfig) {
  let handler: RequestListener = (_req, res) => {
    res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"starting"}');
  };
  const server = createLimitedServer(config.http, (req, res) => handler(req, res));
  const port = await listen(server, config.port, config.host);
  return { server, port, serve: (app: RequestListener) => (handler = app) };
}

type LineConnection = {
  local: LocalLine | null;
  credentials: LineCredentials;
  clients: LineClients;
  apiBaseUrl: string;
  loginChannelId: string | undefined;
};

/** The real LINE platform (or whatever LINE_API_BASE_URL names), or in local mode the emulator. */
async function connectLine(config: AppConfig, port: number, logger: Logger, keepLocalState: boolean): Promise<LineConnection> {
  const local = config.lineCredentials ? null : await startLocalMode(config, port, logger, keepLocalState);
  const credentials = config.lineCredentials ?? local!.credentials;
  const apiBaseUrl = local?.apiBaseUrl ?? config.lineApiBaseUrl;
  const clients = createLineClients({
    channelAccessToken: credentials.channelAccessToken,
    apiBaseUrl,
    dataApiBaseUrl: local?.apiBaseUrl ?? config.lineDataApiBaseUrl,
  });
  return { local, credentials, clients, apiBaseUrl, loginChannelId: local?.loginChannelId ?? config.liff.channelId };
}

/** What the LIFF pages are told: real LIFF with LIFF_ID, or liff-mock on the emulator's ID tokens. */
function liffOptions(config: AppConfig, line: LineConnection) {
  const mode = line.local ? ('local' as const) : ('production' as const);
  return { mode, liffId: config.liff.liffId, mapTileUrl: config.liff.mapTileUrl, localApiBase: line.local ? '/dev/api' : null };
}

/** The privacy notice the first follow links to, with the contact and retention this service really has. */
function privacyPage(config: AppConfig): Router {
  const contact = clinicContact(config.contact);
  return createPrivacyPage({ contactName: contact.name, contactPhone: contact.phone, retention: { messagesDays: config.inbox.retentionDays, contactDays: config.cases.contactRetentionDays } });
}

/** LIFF pages open in LINE at https://liff.line.me/<LIFF_ID>/…; in local mode, on this server. */
function liffPageBase(config: AppConfig, line: LineConnection, port: number): string | undefined {
  if (config.liff.liffId) return liffUrlFromId(config.liff.liffId);
  return line.local ? `http://localhost:${port}/liff` : undefined;
}

/** The inbox worker handles stored events; what it sends goes through the outbox to the sender. */
function createWorkers(config: AppConfig, line: LineConnection, faqCatalog: FaqCatalog, logger: Logger, extra: { timing: DeliveryTiming | undefined; liffPageBase: string | undefined; publicUrl: string | undefined }) {
  const timing = extra.timing;
  const delivery = createDelivery({ config, clients: line.clients, logger, ...(timing ? { timing } : {}) });
  const { outbox, sender } = delivery;
  const photoLinks = createPhotoLinks({ publicBaseUrl: config.publicBaseUrl, secret: line.credentials.channelSecret });
  const cases = buildCaseService({ config, outbox, photoUrl: photoLinks.url });
  const services = buildBotServices({ config, outbox, clients: line.clients, logger, faqCatalog, cases, photoUrl: photoLinks.url, liffPageBase: extra.liffPageBase, publicUrl: extra.publicUrl });
  const inbox = createInboxWorker({
    dispatch: createEventDispatcher(services, logger, {
      flood: createFloodGuard(config.flood),
      loading: createLoadingIndicator(line.clients.messaging, logger),
    }),
    logger,
    leaseMs: config.inbox.leaseMs,
    maxAttempts: config.inbox.maxAttempts,
    retention: { doneMs: config.inbox.retentionDays * DAY_MS, deadMs: config.inbox.deadRetentionDays * DAY_MS },
    // Claimed first while their answer can still go as a reply: a fifth of the token's life is left to send it.
    freshForMs: Math.floor(delivery.timing.replyTokenMaxAgeMs * 0.8),
  });
  return { inbox, sender, cases, photoLinks, outbox };
}

/** The sample office list seeds an empty database, so cases route before the province sends its own. */
async function loadShippedOffices(logger: Logger): Promise<void> {
  const loaded = await loadShippedOfficesIfEmpty();
  if (loaded > 0) logger.info({ offices: loaded }, 'loaded the sample office list (data/offices): replace it with npm run offices:import');
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
async function startLocalMode(config: AppConfig, port: number, logger: Logger, keepState: boolean): Promise<LocalLine> {
  const { startLocalLine } = await import('./local-mode/start-local-line.ts');
  return startLocalLine({ ...config, port }, logger, { keepState });
}

async function shutdown(parts: {
  server: Server;
  graceMs: number;
  jobs: { stop(): Promise<void> } | null;
  inbox: { stop(timeoutMs: number): Promise<boolean> };
  sender: { stop(timeoutMs: number): Promise<boolean> };
  faqCatalog: FaqCatalog;
  local: LocalLine | null;
  database: DatabaseHandle | null;
}): Promise<void> {
  const closed = new Promise<void>((resolve) => parts.server.close(() => resolve()));
  parts.server.closeIdleConnections();
  // A job run in progress finishes first (it may still queue messages for the sender).
  await parts.jobs?.stop();
  // Work in progress gets the grace period too; what is still running then keeps its lease, which expires.
  await parts.inbox.stop(parts.graceMs);
  await parts.sender.stop(parts.graceMs);
  parts.faqCatalog.stop();
  // Requests in flight get a grace period; long-lived ones (the console's event stream) are then cut.
  const grace = setTimeout(() => parts.server.closeAllConnections(), parts.graceMs);
  await closed;
  clearTimeout(grace);
  await parts.local?.close();
  await parts.database?.close();
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}
