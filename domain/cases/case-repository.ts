import { CaseModel, type CaseDocument } from '../../models/case.ts';
import type { CaseStatus } from './case-statuses.ts';
import type { CaseActor, CaseSnapshot } from './case-types.ts';
import type { PlannedMove } from './plan-case-action.ts';

export type StoredCase = CaseDocument;

export async function findCase(ticket: string): Promise<StoredCase | null> {
  return (await CaseModel.findOne({ ticket }).lean()) as StoredCase | null;
}

export async function findCaseByRequestKey(requestKey: string): Promise<StoredCase | null> {
  return (await CaseModel.findOne({ requestKey }).lean()) as StoredCase | null;
}

export function toSnapshot(stored: StoredCase): CaseSnapshot {
  return {
    ticket: stored.ticket,
    kind: stored.kind,
    status: stored.status as CaseStatus,
    officeCode: stored.officeCode,
    officeChain: stored.officeChain ?? [],
    assignee: stored.assignee ?? null,
    reporterLineUserId: stored.reporterLineUserId,
    followers: stored.followers ?? [],
    resolvedAt: stored.resolvedAt ?? null,
    rating: stored.rating ?? null,
    priority: stored.priority ?? 'normal',
    version: stored.version ?? 0,
  };
}

export function historyActor(actor: CaseActor) {
  return { lineUserId: actor.lineUserId, role: actor.role, name: actor.name };
}

/**
 * Applies a planned move if nobody changed the case since it was read (same version): of two
 * officers tapping «รับเรื่อง» at once, exactly one update matches. Returns the case after it.
 */
export async function applyMove(
  snapshot: CaseSnapshot,
  move: PlannedMove,
  entry: { action: string; actor: CaseActor; at: Date; requestKey: string | undefined },
): Promise<StoredCase | null> {
  const history = {
    at: entry.at,
    actor: historyActor(entry.actor),
    action: entry.action,
    from: move.from,
    to: move.to,
    note: move.note,
    photoIds: move.photoIds,
    requestKey: entry.requestKey,
    ...(move.toOfficeCode ? { fromOfficeCode: snapshot.officeCode, toOfficeCode: move.toOfficeCode } : {}),
  };
  const updated = await CaseModel.findOneAndUpdate(
    { ticket: snapshot.ticket, version: snapshot.version },
    {
      $set: { ...move.set, status: move.to },
      $push: { history },
      $inc: { version: 1, ...(entry.action === 'reopen' ? { reopenCount: 1 } : {}) },
    },
    { returnDocument: 'after' },
  ).lean();
  return updated as StoredCase | null;
}

/** A retried event or request finds its own earlier step in the history instead of moving twice. */
export function findStepByRequestKey(stored: StoredCase, requestKey: string | undefined): number {
  if (!requestKey) return -1;
  return (stored.history ?? []).findIndex((step) => (step as { requestKey?: string }).requestKey === requestKey);
}
