import type { LoadSummary } from './load-summary.ts';
import type { DrainResult, LossCheck } from './inbox-drain.ts';
import type { BurstResult } from './bot-load-phases.ts';

export const TARGETS = { throughputRatio: 0.5, p99AtFixedRateMs: 50, processedPerSecond: 1_000, replyShare: 0.95, peakRssMb: 400 } as const;

export type WebhookBenchFigures = {
  bareMax: LoadSummary;
  /** CPU of each process per answered request at max rate: unlike req/s, barely moved by how busy the machine is. */
  bareCpuMsPerRequest: number;
  /** INSTANCE_ROLE=webhook alone: what LINE waits on. */
  webhookTierMax: LoadSummary;
  webhookTierCpuMsPerRequest: number;
  webhookTierLoss: LossCheck;
  /** Webhook and worker instances in one process: answering while processing. */
  botMax: LoadSummary;
  botFixedRate: LoadSummary;
  drains: { label: string; result: DrainResult }[];
  loss: LossCheck;
  /** Bot requests sent after the pre-issued reply tokens ran out (warm-up included). */
  botReplyTokensMissing: number;
  burst: BurstResult;
  /** Of the whole-system bot process (INSTANCE_ROLE=all, its embedded database thread included) over the burst and the bot runs. */
  peakRssMb: number;
  /** Of the webhook-only bot process over the webhook tier runs. */
  webhookOnlyPeakRssMb: number;
};

const HEADER = ['run', 'req/s', 'p50 ms', 'p99 ms', 'max ms', '2xx', 'non-2xx', 'errors', 'timeouts'];

function row(summary: LoadSummary): string[] {
  return [
    summary.label,
    summary.requestsPerSecond.toFixed(0),
    summary.p50Ms.toFixed(1),
    summary.p99Ms.toFixed(1),
    summary.maxMs.toFixed(1),
    String(summary.ok2xx),
    String(summary.non2xx),
    String(summary.errors),
    String(summary.timeouts),
  ];
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)));
  return rows.map((cells) => line(cells).join('  ')).join('\n');
}

function verdict(pass: boolean): string {
  return pass ? 'PASS' : 'MISS';
}

function drainLine(label: string, result: DrainResult): string {
  const { counts } = result;
  const state = result.drained ? 'drained' : 'NOT drained';
  return (
    `inbox after ${label}: ${state} in ${(result.drainMs / 1000).toFixed(1)} s ` +
    `(${result.finishedPerSecond.toFixed(0)} events/s); stored ${counts.stored}: pending ${counts.pending}, ` +
    `processing ${counts.processing}, done ${counts.done}, dead ${counts.dead}`
  );
}

function lossLine(loss: LossCheck): string {
  const verdictText = loss.lost === 0 ? 'nothing lost' : `LOST ${loss.lost}`;
  return (
    `inbox stored ${loss.stored}; bot answered 2xx ${loss.accepted}, all stored: ${verdictText}` +
    ` (+${loss.unacknowledged} stored whose answer came after autocannon stopped counting)`
  );
}

function burstLines({ load, processing, answers }: BurstResult): string[] {
  const rate = processing.events / processing.seconds;
  const sent = answers.reply + answers.push;
  const replyShare = sent > 0 ? answers.reply / sent : 0;
  const state = processing.drained ? 'inbox empty' : 'inbox NOT empty';
  return [
    `processing rate end to end (${load.label}): ${processing.events} events in ${processing.seconds.toFixed(1)} s from the first request until ${state}: ${rate.toFixed(0)} events/s (target >= ${TARGETS.processedPerSecond}) ${verdict(rate >= TARGETS.processedPerSecond)}`,
    `bot process CPU in the burst (all its threads, from the first request until every answer was sent): ${processing.botCpuMsPerEvent.toFixed(2)} ms per event`,
    `answers in the burst: ${answers.reply} replies, ${answers.push} pushes, ${answers.unsent} not sent: ${(replyShare * 100).toFixed(1)}% as replies (target >= ${TARGETS.replyShare * 100}%) ${verdict(replyShare >= TARGETS.replyShare && answers.unsent === 0)}`,
  ];
}

/** The printed result: the load table, the two targets, the inbox drains and the nothing-lost check. */
export function formatWebhookReport(figures: WebhookBenchFigures): string {
  const { bareMax, webhookTierMax, botMax, botFixedRate } = figures;
  const tierRatio = webhookTierMax.requestsPerSecond / bareMax.requestsPerSecond;
  const systemRatio = botMax.requestsPerSecond / bareMax.requestsPerSecond;
  const lines = [
    table([HEADER, ...[bareMax, webhookTierMax, botMax, botFixedRate, figures.burst.load].map(row)]),
    '',
    `throughput webhook tier/bare (durable inbox writes): ${(tierRatio * 100).toFixed(1)}% (target >= ${TARGETS.throughputRatio * 100}%) ${verdict(tierRatio >= TARGETS.throughputRatio)}`,
    `CPU per answered request at max rate: webhook tier ${figures.webhookTierCpuMsPerRequest.toFixed(3)} ms, bare app ${figures.bareCpuMsPerRequest.toFixed(3)} ms (${(figures.webhookTierCpuMsPerRequest / figures.bareCpuMsPerRequest).toFixed(1)}× the bare app's; information: this moves less with the machine's speed than req/s do)`,
    `throughput while also processing in the same process/bare: ${(systemRatio * 100).toFixed(1)}% (information: the same 2 cores also run the replies, the emulator and the database)`,
    `p99 at ${botFixedRate.label}: ${botFixedRate.p99Ms.toFixed(1)} ms (target < ${TARGETS.p99AtFixedRateMs} ms) ${verdict(botFixedRate.p99Ms < TARGETS.p99AtFixedRateMs)}`,
    '',
    `webhook tier: ${lossLine(figures.webhookTierLoss)}; left unprocessed: the whole system below starts on a fresh database`,
    ...figures.drains.map(({ label, result }) => drainLine(label, result)),
    lossLine(figures.loss),
    '',
    ...burstLines(figures.burst),
    `peak RSS of the bot process (INSTANCE_ROLE=all, embedded database thread included; emulator and load generator apart): ${figures.peakRssMb.toFixed(0)} MB (target < ${TARGETS.peakRssMb} MB) ${verdict(figures.peakRssMb < TARGETS.peakRssMb)}; webhook-only instance ${figures.webhookOnlyPeakRssMb.toFixed(0)} MB`,
  ];
  if (figures.botReplyTokensMissing > 0) {
    lines.push(`note: ${figures.botReplyTokensMissing} bot requests carried reply tokens the emulator never issued (their replies go by push)`);
  }
  return lines.join('\n');
}
