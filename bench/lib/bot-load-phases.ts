import type { BotStack } from './bot-stack.ts';
import { runLoadInWorker } from './run-load.ts';
import { checkNothingLost, verifyAndClearWebhookTierEvents, waitForInboxDrained, type DrainResult } from './inbox-drain.ts';
import type { LoadPlan, LoadSummary } from './load-summary.ts';

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

/** The emulator's token registry slows down quadratically; past this, requests carry unissued tokens. */
const MAX_REPLY_TOKENS_PER_RUN = 12_000;

async function loadBot(stack: BotStack, plan: LoadPlan, expectedRps: number): Promise<LoadSummary> {
  const tokenCount = Math.min(MAX_REPLY_TOKENS_PER_RUN, Math.ceil(expectedRps * plan.durationSeconds * 1.2) + 200);
  const traffic = { channelSecret: stack.channelSecret, userIds: stack.userIds, replyTokens: stack.issueReplyTokens(tokenCount) };
  return runLoadInWorker({ plan, traffic });
}

/** The webhook-only instance at max rate: the cost of signature check plus durable inbox write alone. */
export async function measureWebhookTier(stack: BotStack, settings: BotPhaseSettings, since: Date) {
  const plan = (label: string, durationSeconds: number): LoadPlan => ({
    label, url: stack.botUrl, connections: settings.maxConnections, durationSeconds,
  });
  const warmup = await loadBot(stack, plan('webhook tier warm-up', settings.warmupSeconds), 0);
  const max = await loadBot(stack, plan('webhook tier max', settings.measureSeconds), 0);
  const loss = await verifyAndClearWebhookTierEvents(since, [...warmup.acceptedEventIds, ...max.acceptedEventIds]);
  return { max, loss };
}

/**
 * Warm-up at the fixed rate (a max-rate warm-up would leave a backlog that takes longer to drain
 * than the whole benchmark may), then the fixed-rate run on an empty inbox, then the max run.
 */
export async function measureBot(stack: BotStack, settings: BotPhaseSettings, since: Date) {
  const { fixedRate, fixedRateConnections: rateConnections, maxConnections, drainBetweenRunsMs } = settings;
  const url = stack.botUrl;
  const atRate = (label: string, durationSeconds: number): LoadPlan => ({
    label, url, connections: rateConnections, durationSeconds, overallRate: fixedRate,
  });
  const warmup = await loadBot(stack, atRate('bot warm-up', settings.warmupSeconds), fixedRate);
  const drains: { label: string; result: DrainResult }[] = [];
  drains.push({ label: 'warm-up', result: await waitForInboxDrained(since, drainBetweenRunsMs) });
  const rate = await loadBot(stack, atRate(`bot ${fixedRate} req/s`, settings.measureSeconds), fixedRate);
  drains.push({ label: `${fixedRate} req/s`, result: await waitForInboxDrained(since, drainBetweenRunsMs) });
  const maxPlan = { label: 'bot max + processing', url, connections: maxConnections, durationSeconds: settings.measureSeconds };
  const max = await loadBot(stack, maxPlan, settings.expectedMaxRps);
  const lastDrainMs = Math.max(1_000, settings.deadline - performance.now());
  drains.push({ label: 'max', result: await waitForInboxDrained(since, lastDrainMs) });
  const runs = [warmup, rate, max];
  const loss = await checkNothingLost(since, runs.flatMap((run) => run.acceptedEventIds));
  return { rate, max, drains, loss, replyTokensMissing: runs.reduce((sum, run) => sum + run.replyTokensMissing, 0) };
}
