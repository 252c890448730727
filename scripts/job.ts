/**
 * `npm run job -- <name> [--period YYYY-MM-DD|YYYY-MM]`: runs one job now, under the same
 * exactly-once ledger as the schedule. What it sends goes through the outbox: a running service
 * delivers it; with LINE credentials configured, this command also delivers before it exits.
 */
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { loadConfig } from '../infra/config/load-config.ts';
import { loadDotEnv } from '../infra/config/load-dotenv.ts';
import { createLogger } from '../infra/logger.ts';
import { connectDatabase } from '../db/connect.ts';
import { createLineClients } from '../infra/line/line-clients.ts';
import { createDelivery } from '../infra/outbox/delivery.ts';
import { runJobOnce } from '../infra/jobs/job-runner.ts';
import { drainOutbox } from '../infra/outbox/drain-outbox.ts';
import { ensureIndexes } from '../bot/start/ensure-indexes.ts';
import { buildCaseService } from '../bot/start/build-case-service.ts';
import { createPhotoLinks } from '../bot/media/photo-links.ts';
import { liffUrlFromId } from '../bot/rich-menu/rich-menu-definition.ts';
import { JOBS, findJob } from '../jobs/registry.ts';
import { createActivityJobDeps } from '../jobs/activity-services.ts';
import { createConsultationDelivery } from '../bot/notifications/consultation-delivery.ts';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ options: { period: { type: 'string' } }, allowPositionals: true });
  const job = positionals[0] ? findJob(positionals[0]) : undefined;
  if (!job) {
    process.stderr.write(`usage: npm run job -- <${JOBS.map((known) => known.name).join('|')}> [--period P]\n`);
    return 2;
  }
  loadDotEnv();
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, pino.destination(2));
  const database = await connectDatabase({ ...config.database, logger, joinRunningServer: true });
  try {
    await ensureIndexes();
    const credentials = config.lineCredentials;
    const clients = createLineClients({ channelAccessToken: credentials?.channelAccessToken ?? 'local-mode', apiBaseUrl: config.lineApiBaseUrl, dataApiBaseUrl: config.lineDataApiBaseUrl });
    const { outbox, sender } = createDelivery({ config, clients, logger });
    const photoUrl = createPhotoLinks({ publicBaseUrl: config.publicBaseUrl, secret: credentials?.channelSecret ?? 'local-mode' }).url;
    const cases = buildCaseService({ config, outbox, photoUrl });
    const liffUrl = config.liff.liffId ? liffUrlFromId(config.liff.liffId) : undefined;
    const started = new Date();
    // Started before the run, so a job that waits for its delivery (the monthly report) sees it.
    if (credentials) sender.start();
    const period = values.period ?? job.periodOf(started);
    const outcome = await runJobOnce(job, { activities: createActivityJobDeps({ config, messaging: clients.messaging, liffUrl, delivers: credentials !== null }), config, logger, outbox, cases, consultations: createConsultationDelivery(outbox), photoUrl, liffUrl }, { period, trigger: 'manual', now: () => new Date(), logger });
    process.stdout.write(`${JSON.stringify({ job: job.name, period, status: outcome.status, ...(outcome.status === 'ran' ? { result: outcome.result } : {}) })}\n`);
    if (credentials) {
      const left = await drainOutbox(sender, { since: started, timeoutMs: 120_000 });
      process.stdout.write(left === 0 ? 'all messages delivered\n' : `${left} messages still queued; the running service will deliver them\n`);
    } else {
      process.stdout.write('local mode: messages are queued in the outbox; the running service (npm start) delivers them\n');
    }
    return outcome.status === 'failed' ? 1 : 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
