import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.ts';
import { claimRun, failRun, finishRun, renewRun, type RunTrigger } from './job-ledger.ts';

/**
 * A scheduled job: a plain function of its dependencies and a clock, and the period a fire is
 * for (a day, a month). The runner makes each (job, period) run once across instances.
 */
export type JobDefinition<Deps> = {
  name: string;
  /** The period a fire at `at` belongs to, e.g. `2026-12-01` for a daily job. */
  periodOf(at: Date): string;
  run(deps: Deps, input: { now: Date; period: string }): Promise<unknown>;
};

export type RunOutcome = { status: 'ran'; result: unknown } | { status: 'skipped' } | { status: 'failed'; error: unknown };

const OWNER = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
const DEFAULT_LEASE_MS = 5 * 60_000;

/**
 * Runs a job for a period unless that run is finished or held by a live instance. While it runs
 * its lease is renewed; if this process dies, another instance (or this one after a restart)
 * takes the run over once the lease lapses, and the job's own keys keep it from sending twice.
 */
export async function runJobOnce<Deps>(
  job: JobDefinition<Deps>,
  deps: Deps,
  input: { period: string; trigger: RunTrigger; now: () => Date; logger: Logger; leaseMs?: number },
): Promise<RunOutcome> {
  const leaseMs = input.leaseMs ?? DEFAULT_LEASE_MS;
  const claim = await claimRun({ job: job.name, period: input.period, owner: OWNER, leaseMs, now: input.now(), trigger: input.trigger });
  const log = input.logger.child({ job: job.name, period: input.period, trigger: input.trigger });
  if (!claim) {
    log.info('job run already done or held by another instance; skipped');
    return { status: 'skipped' };
  }
  const renewal = setInterval(() => void renewRun(claim, leaseMs, input.now()).catch(() => undefined), Math.max(1_000, leaseMs / 3));
  renewal.unref();
  try {
    const result = await job.run(deps, { now: input.now(), period: input.period });
    await finishRun(claim, result, input.now());
    log.info({ result }, 'job run finished');
    return { status: 'ran', result };
  } catch (error) {
    log.error({ err: error }, 'job run failed; the next fire or a restart retries it');
    await failRun(claim, error, input.now()).catch(() => undefined);
    return { status: 'failed', error };
  } finally {
    clearInterval(renewal);
  }
}
