import { connectDatabase } from '../db/connect.ts';
import type { AppConfig } from '../infra/config/load-config.ts';
import type { Logger } from '../infra/logger.ts';
import type { DeliveryTiming } from '../infra/outbox/delivery-timing.ts';
import { startJobScheduler } from '../infra/jobs/job-scheduler.ts';
import { scheduledJobs } from '../jobs/registry.ts';
import { createActivityJobDeps } from '../jobs/activity-services.ts';
import { createApp } from './app.ts';
import { createActivityApi } from './api/activity-api.ts';
import type { LocalLine } from './local-mode/start-local-line.ts';
import { createConsultationDelivery } from './notifications/consultation-delivery.ts';
import { ensureIndexes } from './start/ensure-indexes.ts';
import { webParts } from './start/http-mounts.ts';
import { connectLine, liffAppUrl, liffPageBase } from './start/line-connection.ts';
import { listenWhileStarting } from './start/listen.ts';
import { loadShippedOffices, openFaqCatalog } from './start/shipped-data.ts';
import { shutdown } from './start/shutdown.ts';
import { createWorkers } from './start/workers.ts';

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

/**
 * One process: the HTTP server (webhook, API, LIFF pages), the inbox and outbox workers and the job
 * scheduler. INSTANCE_ROLE splits them: a `webhook` instance only serves HTTP, a `worker` only works.
 */
export async function startBot(config: AppConfig, logger: Logger, options: StartOptions = {}): Promise<RunningBot> {
  const database = options.useExistingDatabaseConnection ? null : await connectDatabase({ ...config.database, logger });
  await ensureIndexes();
  await loadShippedOffices(logger);
  const faqCatalog = await openFaqCatalog(config, logger);
  const http = await listenWhileStarting(config);
  // A bot on a connection it was handed (a test) keeps the console's users in memory only.
  const line = await connectLine(config, http.port, logger, database !== null);
  const liffUrl = liffAppUrl(config);
  const publicUrl = config.publicBaseUrl ?? (line.local ? `http://localhost:${http.port}` : undefined);
  const pageBase = liffPageBase(config, line, http.port);
  const { inbox, sender, photoLinks, cases, outbox } = createWorkers(config, line, faqCatalog, logger, { timing: options.deliveryTiming, liffPageBase: pageBase, publicUrl });
  const activityJobDeps = createActivityJobDeps({ config, messaging: line.clients.messaging, liffUrl });
  const activities = createActivityApi({ config, logger, outbox, cases, jobDeps: activityJobDeps });
  const servesHttp = config.instanceRole !== 'worker';
  const works = config.instanceRole !== 'webhook';
  const web = servesHttp
    ? webParts(config, { line, cases, activities, photoLinks, catalog: faqCatalog, outbox, liffPageBase: pageBase, onStored: (count) => inbox.wake(count) })
    : { webhook: null, mounts: [], liff: null };
  http.serve(createApp({ logger, ...web, apiRateLimitPerMinute: config.rateLimits.apiPerMinute }));
  if (works) {
    inbox.start();
    sender.start();
  }
  const jobs = works && config.jobs.enabled
    ? startJobScheduler({ jobs: scheduledJobs(config), deps: { activities: activityJobDeps, config, logger, outbox, cases, consultations: createConsultationDelivery(outbox), photoUrl: photoLinks.url, liffUrl }, logger })
    : null;
  return {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${http.port}`,
    port: http.port,
    local: line.local,
    close: () => shutdown({ server: http.server, graceMs: config.shutdownGraceMs, jobs, inbox, sender, faqCatalog, local: line.local, database }),
  };
}
