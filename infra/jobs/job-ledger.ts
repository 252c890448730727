import { isDuplicateKeyError } from '../../db/is-duplicate-key-error.ts';
import { JobRunModel } from '../../models/job-run.ts';

export type RunClaim = { id: string; owner: string; attempt: number };
export type RunTrigger = 'schedule' | 'catch-up' | 'manual';

/**
 * Claims the run of `job` for `period`: the first claimant inserts it; a later one gets it only
 * if the run failed or its owner's lease ran out (it died mid-run). A finished run is never claimed again.
 */
export async function claimRun(input: { job: string; period: string; owner: string; leaseMs: number; now: Date; trigger: RunTrigger }): Promise<RunClaim | null> {
  const id = `${input.job}:${input.period}`;
  const lease = { owner: input.owner, leaseUntil: new Date(input.now.getTime() + input.leaseMs), status: 'running' as const, startedAt: input.now, trigger: input.trigger };
  try {
    await JobRunModel.create({ _id: id, job: input.job, period: input.period, attempts: 1, ...lease });
    return { id, owner: input.owner, attempt: 1 };
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  const taken = await JobRunModel.findOneAndUpdate(
    { _id: id, $or: [{ status: 'failed' }, { status: 'running', leaseUntil: { $lt: input.now } }] },
    { $set: lease, $inc: { attempts: 1 } },
    { returnDocument: 'after' },
  ).lean();
  return taken ? { id, owner: input.owner, attempt: taken.attempts ?? 1 } : null;
}

/** Keeps a long run's lease alive; false when another instance has taken it over meanwhile. */
export async function renewRun(claim: RunClaim, leaseMs: number, now: Date): Promise<boolean> {
  const result = await JobRunModel.updateOne({ _id: claim.id, owner: claim.owner, status: 'running' }, { $set: { leaseUntil: new Date(now.getTime() + leaseMs) } });
  return result.matchedCount === 1;
}

export async function finishRun(claim: RunClaim, result: unknown, now: Date): Promise<void> {
  await JobRunModel.updateOne({ _id: claim.id, owner: claim.owner }, { $set: { status: 'done', result, finishedAt: now }, $unset: { leaseUntil: 1, lastError: 1 } });
}

export async function failRun(claim: RunClaim, error: unknown, now: Date): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  await JobRunModel.updateOne({ _id: claim.id, owner: claim.owner }, { $set: { status: 'failed', lastError: message.slice(0, 2_000), finishedAt: now }, $unset: { leaseUntil: 1 } });
}

export async function hasFinishedRun(job: string, period: string): Promise<boolean> {
  return (await JobRunModel.exists({ _id: `${job}:${period}`, status: 'done' })) !== null;
}
