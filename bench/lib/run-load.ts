import { fork } from 'node:child_process';
import type { LoadWorkerInput } from './load-worker.ts';
import type { LoadSummary } from './load-summary.ts';

const WORKER_PATH = new URL('./load-worker.ts', import.meta.url).pathname;

/**
 * Runs one load plan in a child process and resolves with its summary. A process rather than a
 * thread: the load generator gets its own core, and its memory stays out of the bot's peak RSS.
 */
export function runLoadInWorker(input: LoadWorkerInput): Promise<LoadSummary> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER_PATH, [], { execArgv: ['--experimental-strip-types'], serialization: 'advanced' });
    let summary: LoadSummary | undefined;
    child.once('message', (message) => (summary = message as LoadSummary));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (summary) {
        // Progress on stderr: the report itself comes at the end, on stdout.
        process.stderr.write(`  ${input.plan.label}: ${summary.requestsPerSecond.toFixed(0)} req/s\n`);
        resolve(summary);
      }
      else reject(new Error(`load process for ${input.plan.label} exited with code ${code} and no result`));
    });
    child.send(input);
  });
}
