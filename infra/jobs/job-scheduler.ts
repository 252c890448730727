import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logger.ts';
import { lastScheduledTime } from './cron-times.ts';
import { hasFinishedRun } from './job-ledger.ts';
import { runJobOnce, type JobDefinition } from './job-runner.ts';

export type ScheduledJob<Deps> = { job: JobDefinition<Deps>; schedule: string };

/**
 * Registers the jobs with node-cron (Asia/Bangkok) and catches up once on start: a period whose
 * scheduled time has passed while the service was down is run now, unless its run is finished.
 * `stop()` stops firing and waits for runs in progress, so shutdown never cuts a job half-way.
 */
export function startJobScheduler<Deps>(options: { jobs: ScheduledJob<Deps>[]; deps: Deps; logger: Logger; now?: () => Date }): { stop(): Promise<void>; caughtUp: Promise<void> } {
  const now = options.now ?? (() => new Date());
  const running = new Set<Promise<unknown>>();
  const fire = (job: JobDefinition<Deps>, at: Date, trigger: 'schedule' | 'catch-up') => {
    const run = runJobOnce(job, options.deps, { period: job.periodOf(at), trigger, now, logger: options.logger }).finally(() => running.delete(run));
    running.add(run);
    return run;
  };
  const tasks: ScheduledTask[] = options.jobs.map(({ job, schedule }) =>
    cron.schedule(schedule, (context) => void fire(job, context.date ?? now(), 'schedule'), { timezone: 'Asia/Bangkok', name: job.name, noOverlap: true }),
  );
  const caughtUp = (async () => {
    for (const { job, schedule } of options.jobs) {
      const last = lastScheduledTime(schedule, now());
      if (last && !(await hasFinishedRun(job.name, job.periodOf(last)))) await fire(job, last, 'catch-up');
    }
  })().catch((error: unknown) => options.logger.error({ err: error }, 'job catch-up failed'));
  return {
    caughtUp,
    async stop() {
      for (const task of tasks) await task.destroy();
      await caughtUp;
      await Promise.allSettled([...running]);
    },
  };
}
