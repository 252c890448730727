import { Worker } from 'node:worker_threads';
import type { LoadWorkerInput } from './load-worker.ts';
import type { LoadSummary } from './load-summary.ts';

const WORKER_URL = new URL('./load-worker.ts', import.meta.url);

/** Runs one load plan in a fresh worker thread and resolves with its summary. */
export function runLoadInWorker(input: LoadWorkerInput): Promise<LoadSummary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: input });
    let summary: LoadSummary | undefined;
    worker.once('message', (message: LoadSummary) => (summary = message));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (summary) resolve(summary);
      else reject(new Error(`load worker for ${input.plan.label} exited with code ${code} and no result`));
    });
  });
}
