import { CASE_ACTIONS, allowedFrom, type ActorRelation } from './case-actions.ts';
import type { CaseStatus } from './case-statuses.ts';
import type { CaseActor, CaseCommand, CaseRefusal, CaseSnapshot } from './case-types.ts';
import { DAY_MS } from '../time/thai-time.ts';

export type CaseRules = { reopenWithinDays: number; officeExists(code: string): boolean };

export type PlannedMove = {
  from: CaseStatus;
  to: CaseStatus;
  /** Fields the move sets besides status, history and version. */
  set: Record<string, unknown>;
  note: string | undefined;
  photoIds: string[];
  toOfficeCode?: string;
};

/** Decides one move of a case: legal from its status, allowed for this actor, with what it needs. Pure. */
export function planCaseAction(
  snapshot: CaseSnapshot,
  command: CaseCommand,
  actor: CaseActor,
  now: Date,
  rules: CaseRules,
): { ok: true; move: PlannedMove } | { ok: false; refusal: CaseRefusal } {
  const definition = CASE_ACTIONS[command.action];
  if (!relationsOf(snapshot, actor).has(definition.by)) return refuse({ code: 'forbidden' });
  if (!allowedFrom(command.action, snapshot.status)) {
    if (command.action === 'accept' && snapshot.assignee) return refuse({ code: 'already_taken', by: snapshot.assignee.name ?? undefined });
    return refuse({ code: 'illegal_transition', status: snapshot.status, action: command.action });
  }
  const assigneeRefusal = checkAssignee(snapshot, command, actor);
  if (assigneeRefusal) return refuse(assigneeRefusal);
  const specific = commandSpecifics(snapshot, command, actor, now, rules);
  if ('code' in specific) return refuse(specific);
  return { ok: true, move: { from: snapshot.status, to: definition.to, ...specific } };
}

function refuse(refusal: CaseRefusal): { ok: false; refusal: CaseRefusal } {
  return { ok: false, refusal };
}

/** Staff and admins stand in for any office; officers only for their own. */
export function relationsOf(snapshot: CaseSnapshot, actor: CaseActor): Set<ActorRelation> {
  const relations = new Set<ActorRelation>();
  if (actor.role === 'system') relations.add('system');
  if (actor.lineUserId && actor.lineUserId === snapshot.reporterLineUserId) relations.add('reporter');
  const crossOffice = actor.role === 'staff' || actor.role === 'admin';
  const ownOffice = (actor.role === 'officer' || actor.role === 'office-admin') && actor.officeCode === snapshot.officeCode;
  if (crossOffice || ownOffice) relations.add('office');
  return relations;
}

/** Once someone has taken the case, only they, their office admin or staff move it on. */
function checkAssignee(snapshot: CaseSnapshot, command: CaseCommand, actor: CaseActor): CaseRefusal | undefined {
  if (CASE_ACTIONS[command.action].by !== 'office' || command.action === 'accept' || !snapshot.assignee?.lineUserId) return undefined;
  if (actor.role !== 'officer' || actor.lineUserId === snapshot.assignee.lineUserId) return undefined;
  return { code: 'not_assignee', assignee: snapshot.assignee.name ?? undefined };
}

type Specifics = Omit<PlannedMove, 'from' | 'to'>;

function commandSpecifics(snapshot: CaseSnapshot, command: CaseCommand, actor: CaseActor, now: Date, rules: CaseRules): Specifics | CaseRefusal {
  const plain = (set: Record<string, unknown> = {}, note?: string): Specifics => ({ set, note, photoIds: [] });
  switch (command.action) {
    case 'accept':
      return plain({ assignee: { lineUserId: actor.lineUserId, role: actor.role, name: actor.name }, acceptedAt: now });
    case 'start':
      return plain({}, command.note);
    case 'resolve':
      if (snapshot.kind === 'problem' && command.photoIds.length === 0) return { code: 'needs_result_photo' };
      return { set: { resolvedAt: now, resolution: { note: command.note, photoIds: command.photoIds } }, note: command.note, photoIds: command.photoIds };
    case 'forward': {
      if (!rules.officeExists(command.toOfficeCode) || command.toOfficeCode === snapshot.officeCode) return { code: 'unknown_office' };
      if (snapshot.officeChain.includes(command.toOfficeCode)) return { code: 'forward_loop', officeCode: command.toOfficeCode };
      return { set: { officeCode: command.toOfficeCode, assignee: null, officeChain: [...snapshot.officeChain, command.toOfficeCode] }, note: command.reason, photoIds: [], toOfficeCode: command.toOfficeCode };
    }
    case 'reject':
      return plain({ closedAt: now }, command.reason);
    case 'cancel':
      return plain({ closedAt: now }, command.reason);
    case 'confirm':
    case 'autoClose':
      return plain({ closedAt: now });
    case 'rate':
      if (snapshot.rating?.score) return { code: 'already_rated' };
      return plain({ rating: { score: command.rating, comment: command.comment, at: now }, closedAt: now }, command.comment);
    case 'reopen': {
      const resolvedAt = snapshot.resolvedAt?.getTime() ?? 0;
      if (now.getTime() - resolvedAt > rules.reopenWithinDays * DAY_MS) return { code: 'reopen_window_passed', days: rules.reopenWithinDays };
      return plain({ resolvedAt: null, closedAt: null, resolution: null }, command.note);
    }
  }
}
