import autocannon, { type Result } from 'autocannon';
import { createWebhookTraffic, type TrafficSource } from './webhook-traffic.ts';
import { summarize, type LoadPlan } from './load-summary.ts';

/**
 * Runs one autocannon load in its own process (see run-load.ts): signing bodies and parsing
 * responses would otherwise compete with the server under test for the same event loop.
 */
export type LoadWorkerInput = { plan: LoadPlan; traffic: TrafficSource };

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
  const result: Result = await autocannon(options);
  return summarize(plan.label, result, stats);
}

process.once('message', (input) => {
  void runLoad(input as LoadWorkerInput).then((summary) => {
    process.send?.(summary, () => process.exit(0));
  });
});
