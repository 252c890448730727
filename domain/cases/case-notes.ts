import { CaseModel } from '../../models/case.ts';
import { attachPhotos } from '../media/photo-store.ts';
import { CASE_STATUSES, type CasePriority, type CaseStatus } from './case-statuses.ts';
import { findCase, findStepByRequestKey, historyActor, toSnapshot, type StoredCase } from './case-repository.ts';
import type { CaseNotifier } from './case-events.ts';
import { CaseRefusedError, type CaseActor } from './case-types.ts';
import { relationsOf } from './plan-case-action.ts';

type NoteDeps = { notify: CaseNotifier; now: Date };

/**
 * Adds a note or photos to an open case: the reporter adds what they forgot, the office says
 * what it is doing. Both sides are told; the history keeps it.
 */
export async function addCaseNote(
  deps: NoteDeps,
  input: { ticket: string; note: string; photoIds: string[]; actor: CaseActor; requestKey?: string | undefined },
): Promise<StoredCase> {
  const stored = await findCase(input.ticket);
  if (!stored) throw new CaseRefusedError({ code: 'not_found' });
  const done = findStepByRequestKey(stored, input.requestKey);
  if (done >= 0) return tell(deps, stored, input.actor, done);
  const relations = relationsOf(toSnapshot(stored), input.actor);
  if (!relations.has('office') && !relations.has('reporter')) throw new CaseRefusedError({ code: 'forbidden' });
  const status = stored.status as CaseStatus;
  if (CASE_STATUSES[status].group !== 'open' && !relations.has('office')) {
    throw new CaseRefusedError({ code: 'illegal_transition', status, action: 'start' });
  }
  const entry = { at: deps.now, actor: historyActor(input.actor), action: 'note', note: input.note, photoIds: input.photoIds, requestKey: input.requestKey };
  const updated = (await CaseModel.findOneAndUpdate(
    { ticket: input.ticket },
    { $push: { history: entry }, $inc: { version: 1 } },
    { returnDocument: 'after' },
  ).lean()) as StoredCase;
  await attachPhotos(input.photoIds, input.ticket, input.actor.lineUserId);
  return tell(deps, updated, input.actor, updated.history.length - 1);
}

async function tell(deps: NoteDeps, stored: StoredCase, actor: CaseActor, step: number): Promise<StoredCase> {
  await deps.notify({ type: 'noted', case: stored, actor, step });
  return stored;
}

/**
 * «แจ้งด้วยอีกคน»: another villager has the same problem. They follow the case (and hear every
 * change), and the case rises in priority: one more person makes it ด่วน, three ด่วนมาก.
 */
export async function supportCase(deps: NoteDeps, input: { ticket: string; actor: CaseActor & { lineUserId: string } }): Promise<StoredCase> {
  const stored = await findCase(input.ticket);
  if (!stored) throw new CaseRefusedError({ code: 'not_found' });
  const already = stored.reporterLineUserId === input.actor.lineUserId || stored.followers.includes(input.actor.lineUserId);
  if (already) return stored;
  const supporters = (stored.supporters ?? 0) + 1;
  const priority = priorityAfterSupport(stored.priority ?? 'normal', supporters);
  const updated = (await CaseModel.findOneAndUpdate(
    { ticket: input.ticket, followers: { $ne: input.actor.lineUserId } },
    {
      $addToSet: { followers: input.actor.lineUserId },
      $set: { supporters, priority },
      $push: { history: { at: deps.now, actor: historyActor(input.actor), action: 'support' } },
      $inc: { version: 1 },
    },
    { returnDocument: 'after' },
  ).lean()) as StoredCase | null;
  if (!updated) return (await findCase(input.ticket))!;
  await deps.notify({ type: 'supported', case: updated, actor: input.actor, step: updated.history.length - 1 });
  return updated;
}

export function priorityAfterSupport(current: CasePriority, supporters: number): CasePriority {
  if (current === 'urgent' || supporters >= 3) return 'urgent';
  return supporters >= 1 ? 'high' : current;
}
