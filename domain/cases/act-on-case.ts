import { attachPhotos } from '../media/photo-store.ts';
import type { OfficeDirectory } from '../offices/office-directory.ts';
import { applyMove, findCase, findStepByRequestKey, toSnapshot, type StoredCase } from './case-repository.ts';
import type { CaseNotifier } from './case-events.ts';
import { CaseRefusedError, type CaseActor, type CaseCommand } from './case-types.ts';
import { planCaseAction } from './plan-case-action.ts';

export type ActOnCaseDeps = { offices: OfficeDirectory; notify: CaseNotifier; now: Date; reopenWithinDays: number };

/** Concurrent changes retry from a fresh read; a handful is plenty for people tapping buttons. */
const MAX_CONFLICT_RETRIES = 5;

/**
 * One move of a case: read it, decide (legal? allowed for this actor?), apply it only if nobody
 * changed the case meanwhile, then tell whoever must know. Throws CaseRefusedError when refused.
 * A retried request (same `requestKey`) finds its earlier step and only re-tells it.
 */
export async function actOnCase(
  deps: ActOnCaseDeps,
  input: { ticket: string; command: CaseCommand; actor: CaseActor; requestKey?: string | undefined },
): Promise<StoredCase> {
  for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
    const stored = await findCase(input.ticket);
    if (!stored) throw new CaseRefusedError({ code: 'not_found' });
    const done = findStepByRequestKey(stored, input.requestKey);
    if (done >= 0) return announce(deps, stored, input, done, stored.history[done]?.fromOfficeCode ?? stored.officeCode);
    const snapshot = toSnapshot(stored);
    const plan = planCaseAction(snapshot, input.command, input.actor, deps.now, {
      reopenWithinDays: deps.reopenWithinDays,
      officeExists: (code) => deps.offices.byCode(code) !== undefined,
    });
    if (!plan.ok) throw new CaseRefusedError(plan.refusal);
    const updated = await applyMove(snapshot, plan.move, { action: input.command.action, actor: input.actor, at: deps.now, requestKey: input.requestKey });
    if (!updated) continue;
    await attachPhotos(plan.move.photoIds, updated.ticket, input.actor.lineUserId);
    return announce(deps, updated, input, updated.history.length - 1, snapshot.officeCode);
  }
  throw new Error(`case ${input.ticket} kept changing; gave up after ${MAX_CONFLICT_RETRIES} tries`);
}

async function announce(
  deps: ActOnCaseDeps,
  stored: StoredCase,
  input: { command: CaseCommand; actor: CaseActor },
  step: number,
  previousOfficeCode: string,
): Promise<StoredCase> {
  await deps.notify({ type: 'moved', case: stored, action: input.command.action, actor: input.actor, step, previousOfficeCode });
  return stored;
}
