import type { BotStack } from './bot-stack.ts';
import { runLoadInWorker } from './run-load.ts';
import { checkNothingLost, countInbox, waitForInboxDrained, type DrainResult } from './inbox-drain.ts';
import type { LoadPlan, LoadSummary } from './load-summary.ts';
import { markAnswers, waitForAnswersSent, waitForOutboxSent, type AnswerSplit } from './answer-split.ts';

export type BotPhaseSettings = {
  maxConnections: number;
  fixedRate: number;
  fixedRateConnections: number;
  warmupSeconds: number;
  measureSeconds: number;
  /** Longest wait for the inbox to empty between runs. */
  drainBetweenRunsMs: number;
  /** performance.now() by which the last drain must give up, to keep the whole run short. */
  deadline: number;
  /** Upper guess of the bot's max rate, to size the reply tokens for that run. */
  expectedMaxRps: number;
};

/** Enough issued reply tokens for the 20 s burst at 1,000 req/s; past this, requests carry unissued tokens. */
const MAX_REPLY_TOKENS_PER_RUN = 24_000;

async function loadBot(stack: BotStack, plan: LoadPlan, expectedRps: number): Promise<LoadSummary> {
  const tokenCount = Math.min(MAX_REPLY_TOKENS_PER_RUN, Math.ceil(expectedRps * plan.durationSeconds * 1.2) + 200);
  const traffic = { channelSecret: stack.channelSecret, userIds: stack.userIds, replyTokens: stack.issueReplyTokens(tokenCount) };
  return runLoadInWorker({ plan, traffic });
}

/**
 * The webhook-only instance at max rate: the cost of signature check plus durable inbox write
 * alone, and the bot process's CPU per answered request over that run. Its events stay
 * unprocessed: the whole system starts afresh (BotStack.startWholeSystem).
 */
export async function measureWebhookTier(stack: BotStack, settings: BotPhaseSettings) {
  const plan = (label: string, durationSeconds: number): LoadPlan => ({
    label, url: stack.botUrl, connections: settings.maxConnections, durationSeconds,
  });
  const before = await countInbox();
  const warmup = await loadBot(stack, plan('webhook tier warm-up', settings.warmupSeconds), 0);
  const cpuBefore = stack.usage().cpuMs;
  const max = await loadBot(stack, plan('webhook tier max', settings.measureSeconds), 0);
  const cpuMsPerRequest = (stack.usage().cpuMs - cpuBefore) / Math.max(1, max.ok2xx);
  const loss = await checkNothingLost(before, [...warmup.acceptedEventIds, ...max.acceptedEventIds]);
  return { max, loss, cpuMsPerRequest };
}

/**
 * Warm-up at the fixed rate (a max-rate warm-up would leave a backlog that takes longer to drain
 * than the whole benchmark may), then the fixed-rate run on an empty inbox, then the max run.
 */
export async function measureBot(stack: BotStack, settings: BotPhaseSettings) {
  const { fixedRate, fixedRateConnections: rateConnections, maxConnections, drainBetweenRunsMs } = settings;
  const url = stack.botUrl;
  const atRate = (label: string, durationSeconds: number): LoadPlan => ({
    label, url, connections: rateConnections, durationSeconds, overallRate: fixedRate,
  });
  const before = await countInbox();
  const warmup = await loadBot(stack, atRate('bot warm-up', settings.warmupSeconds), fixedRate);
  const drains: { label: string; result: DrainResult }[] = [];
  drains.push({ label: 'warm-up', result: await waitForInboxDrained(drainBetweenRunsMs) });
  const rate = await loadBot(stack, atRate(`bot ${fixedRate} req/s`, settings.measureSeconds), fixedRate);
  drains.push({ label: `${fixedRate} req/s`, result: await waitForInboxDrained(drainBetweenRunsMs) });
  const maxPlan = { label: 'bot max + processing', url, connections: maxConnections, durationSeconds: settings.measureSeconds };
  const max = await loadBot(stack, maxPlan, settings.expectedMaxRps);
  const lastDrainMs = Math.max(1_000, settings.deadline - performance.now());
  drains.push({ label: 'max', result: await waitForInboxDrained(lastDrainMs) });
  const runs = [warmup, rate, max];
  const loss = await checkNothingLost(before, runs.flatMap((run) => run.acceptedEventIds));
  return { rate, max, drains, loss, replyTokensMissing: runs.reduce((sum, run) => sum + run.replyTokensMissing, 0) };
}

export type BurstResult = {
  load: LoadSummary;
  /** From the burst's first request until the inbox was empty again. */
  processing: DrainResult & { events: number; seconds: number; botCpuMsPerEvent: number };
  answers: AnswerSplit;
};

/**
 * A burst at a fixed rate on the whole system, on an empty inbox: how fast events are processed
 * end to end while they arrive, and how many answers still went out as replies (their tokens
 * fresh) rather than as pushes.
 */
export async function measureBurst(stack: BotStack, settings: { rate: number; seconds: number; connections: number; drainMs: number }): Promise<BurstResult> {
  // Warms the processing path (the JIT, the caches) and lets it empty again before the burst.
  await loadBot(stack, { label: 'burst warm-up', url: stack.botUrl, connections: 10, durationSeconds: 2, overallRate: 200 }, 200);
  await waitForInboxDrained(settings.drainMs);
  await waitForOutboxSent(settings.drainMs);
  const mark = await markAnswers(stack.sendCalls);
  const before = await countInbox();
  const started = performance.now();
  const cpuBefore = stack.usage().cpuMs;
  const plan: LoadPlan = {
    label: `burst ${settings.rate} req/s, ${settings.seconds} s`,
    url: stack.botUrl,
    connections: settings.connections,
    durationSeconds: settings.seconds,
    overallRate: settings.rate,
  };
  const load = await loadBot(stack, plan, settings.rate);
  const drain = await waitForInboxDrained(settings.drainMs, before);
  const seconds = (performance.now() - started) / 1000;
  const events = drain.counts.done + drain.counts.dead - before.done - before.dead;
  const answers = await waitForAnswersSent(mark, stack.sendCalls, settings.drainMs);
  const botCpuMsPerEvent = (stack.usage().cpuMs - cpuBefore) / Math.max(1, events);
  return { load, processing: { ...drain, events, seconds, botCpuMsPerEvent }, answers };
}
