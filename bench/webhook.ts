/**
 * Webhook benchmark: the real bot (production mode, LINE emulator, embedded DB unless MONGODB_URI)
 * against a bare express + @line/bot-sdk webhook, with signed, unique text-message events.
 * First the webhook tier alone (INSTANCE_ROLE=webhook: verify, store durably, answer), then the
 * whole system (a worker instance joins and replies through the outbox while the load goes on).
 *
 * Threads: the servers (bot, emulator, embedded DB, bare app) share the main event loop, as they
 * would in one small install; autocannon runs in a worker thread (bench/lib/load-worker.ts) so on
 * the 2-core machine the load generator gets its own core instead of stealing the servers' time.
 */
import { loadavg } from 'node:os';
import { startBotStack } from './lib/bot-stack.ts';
import { startBareWebhook } from './lib/bare-webhook-app.ts';
import { runLoadInWorker } from './lib/run-load.ts';
import { measureBot, measureWebhookTier, type BotPhaseSettings } from './lib/bot-load-phases.ts';
import { formatWebhookReport } from './lib/webhook-report.ts';
import type { LoadSummary } from './lib/load-summary.ts';

const MAX_CONNECTIONS = 50;
const WARMUP_SECONDS = 2;
const MEASURE_SECONDS = 10;
/** The whole run, set-up to clean-up, stays under 90 s; the last drain gets what is left. */
const RUN_BUDGET_MS = 82_000;
/** The bot cannot answer faster than the bare webhook; this caps the reply tokens issued up front. */
const BOT_RPS_CEILING = 1_000;

async function measureBare(channelSecret: string, userIds: string[]): Promise<LoadSummary> {
  const bare = await startBareWebhook(channelSecret);
  const traffic = { channelSecret, userIds, replyTokens: [] };
  const plan = (label: string, durationSeconds: number) => ({ label, url: bare.url, connections: MAX_CONNECTIONS, durationSeconds });
  try {
    await runLoadInWorker({ plan: plan('bare warm-up', WARMUP_SECONDS), traffic });
    return await runLoadInWorker({ plan: plan('bare max', MEASURE_SECONDS), traffic });
  } finally {
    await bare.close();
  }
}

function botSettings(startedAt: number, bareRps: number): BotPhaseSettings {
  return {
    maxConnections: MAX_CONNECTIONS,
    fixedRate: 200,
    fixedRateConnections: 10,
    warmupSeconds: WARMUP_SECONDS,
    measureSeconds: MEASURE_SECONDS,
    drainBetweenRunsMs: 8_000,
    deadline: startedAt + RUN_BUDGET_MS,
    expectedMaxRps: Math.min(bareRps, BOT_RPS_CEILING),
  };
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const since = new Date();
  const stack = await startBotStack();
  try {
    const load = loadavg().map((value) => value.toFixed(1)).join(' ');
    console.log(`database: ${stack.databaseMode}; autocannon in a worker thread; load average before: ${load}`);
    const bareMax = await measureBare(stack.channelSecret, stack.userIds);
    const settings = botSettings(startedAt, bareMax.requestsPerSecond);
    const tier = await measureWebhookTier(stack, settings, since);
    await stack.startWorkers();
    const bot = await measureBot(stack, settings, new Date());
    const figures = {
      bareMax,
      webhookTierMax: tier.max,
      webhookTierLoss: tier.loss,
      botMax: bot.max,
      botFixedRate: bot.rate,
      drains: bot.drains,
      loss: bot.loss,
    };
    console.log(formatWebhookReport({ ...figures, botReplyTokensMissing: bot.replyTokensMissing }));
  } finally {
    await stack.close();
  }
  console.log(`total ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
}

await main();
