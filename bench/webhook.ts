/**
 * Webhook benchmark: the real bot (production mode, LINE emulator, embedded DB unless MONGODB_URI)
 * against a bare express + @line/bot-sdk webhook, with signed, unique text-message events.
 * First the webhook tier alone (INSTANCE_ROLE=webhook: verify, store durably, answer), then the
 * whole system (a worker instance joins and replies through the outbox while the load goes on).
 *
 * Then a 20 s burst at 1,000 req/s on an empty inbox: the processing rate end to end and how
 * many answers still went out as replies, and the peak RSS of the process.
 *
 * Processes: the bot runs as `npm start` runs it, in its own process with the embedded DB in its
 * worker thread (bench/lib/bot-stack.ts), so its peak RSS and CPU are the bot's own; the bare
 * app runs in a process of its own too, the LINE emulator in this one, and autocannon in a child
 * process (bench/lib/run-load.ts). All of them share the same 2 cores.
 */
import { loadavg } from 'node:os';
import { startBotStack } from './lib/bot-stack.ts';
import { startBareWebhookProcess } from './lib/bare-webhook-app.ts';
import { runLoadInWorker } from './lib/run-load.ts';
import { measureBot, measureBurst, measureWebhookTier, type BotPhaseSettings } from './lib/bot-load-phases.ts';
import { formatWebhookReport } from './lib/webhook-report.ts';
import type { LoadSummary } from './lib/load-summary.ts';

const MAX_CONNECTIONS = 50;
const WARMUP_SECONDS = 2;
const MEASURE_SECONDS = 10;
/** Set-up to the max run's drain stays under 90 s; the burst comes after. */
const RUN_BUDGET_MS = 82_000;
const BURST = { rate: 1_000, seconds: 20, connections: 50, drainMs: 60_000 } as const;
/** The bot cannot answer faster than the bare webhook; this caps the reply tokens issued up front. */
const BOT_RPS_CEILING = 1_000;

/** The bare app at max rate, and its process's CPU per answered request over that run. */
async function measureBare(channelSecret: string, userIds: string[]): Promise<{ max: LoadSummary; cpuMsPerRequest: number }> {
  const bare = await startBareWebhookProcess(channelSecret);
  const traffic = { channelSecret, userIds, replyTokens: [] };
  const plan = (label: string, durationSeconds: number) => ({ label, url: bare.url, connections: MAX_CONNECTIONS, durationSeconds });
  try {
    await runLoadInWorker({ plan: plan('bare warm-up', WARMUP_SECONDS), traffic });
    const cpuBefore = bare.usage().cpuMs;
    const max = await runLoadInWorker({ plan: plan('bare max', MEASURE_SECONDS), traffic });
    return { max, cpuMsPerRequest: (bare.usage().cpuMs - cpuBefore) / Math.max(1, max.ok2xx) };
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
  const stack = await startBotStack();
  try {
    const load = loadavg().map((value) => value.toFixed(1)).join(' ');
    console.log(`database: ${stack.databaseMode}; autocannon in a child process; load average before: ${load}`);
    const bare = await measureBare(stack.channelSecret, stack.userIds);
    const settings = botSettings(startedAt, bare.max.requestsPerSecond);
    const tier = await measureWebhookTier(stack, settings);
    const webhookOnly = await stack.startWholeSystem();
    const burst = await measureBurst(stack, BURST);
    const bot = await measureBot(stack, { ...settings, deadline: performance.now() + RUN_BUDGET_MS / 2 });
    const figures = {
      burst,
      peakRssMb: stack.usage().peakRssMb,
      webhookOnlyPeakRssMb: webhookOnly.peakRssMb,
      bareMax: bare.max,
      bareCpuMsPerRequest: bare.cpuMsPerRequest,
      webhookTierMax: tier.max,
      webhookTierCpuMsPerRequest: tier.cpuMsPerRequest,
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
  const load = loadavg().map((value) => value.toFixed(1)).join(' ');
  console.log(`total ${((performance.now() - startedAt) / 1000).toFixed(1)} s; load average after: ${load}`);
}

await main();
