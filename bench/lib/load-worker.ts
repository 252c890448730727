import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import autocannon, { type Result } from 'autocannon';
import { createWebhookTraffic, type TrafficSource } from './webhook-traffic.ts';
import { summarize, type LoadPlan } from './load-summary.ts';

/**
 * Runs one autocannon load in its own thread: signing bodies and parsing responses would
 * otherwise compete with the server under test for the same event loop.
 */
export type LoadWorkerInput = { plan: LoadPlan; traffic: TrafficSource };

/**
 * Off the main thread autocannon resolves with encoded histograms and leaves aggregation to its
 * own worker manager; this is the function that manager uses (no typings ship for it).
 */
const aggregateResult = createRequire(import.meta.url)('autocannon/lib/aggregateResult.js') as (
  raw: unknown,
  options: object,
) => Result;

async function runLoad({ plan, traffic }: LoadWorkerInput) {
  const { setupRequest, onResponse, stats } = createWebhookTraffic(traffic);
  const options = {
    url: plan.url,
    connections: plan.connections,
    duration: plan.durationSeconds,
    // autocannon's coordinated-omission correction uses ceil(1 / per-connection rate) = 1 ms as the
    // expected interval, so a 100 ms answer would add 99 made-up samples; only real latencies count.
    ...(plan.overallRate ? { overallRate: plan.overallRate, ignoreCoordinatedOmission: true } : {}),
    requests: [{ setupRequest, onResponse }],
  };
  const raw = await autocannon(options);
  return summarize(plan.label, aggregateResult(raw, options), stats);
}

const summary = await runLoad(workerData as LoadWorkerInput);
parentPort?.postMessage(summary);
