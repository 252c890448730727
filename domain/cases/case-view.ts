import type { ProvinceAreas } from '../areas/admin-areas.ts';
import type { OfficeDirectory } from '../offices/office-directory.ts';
import { CASE_ACTIONS, allowedFrom, isCaseAction, type CaseActionName } from './case-actions.ts';
import { CASE_STATUSES, type CasePriority, type CaseStatus } from './case-statuses.ts';
import { findCategory } from './categories.ts';
import { toSnapshot, type StoredCase } from './case-repository.ts';
import type { CaseActor } from './case-types.ts';
import { relationsOf } from './plan-case-action.ts';
import { DAY_MS } from '../time/thai-time.ts';

export type CaseView = {
  ticket: string;
  kind: 'problem' | 'consultation';
  category: string;
  categoryName: string;
  description: string;
  status: CaseStatus;
  statusLabel: string;
  statusColor: string;
  priority: CasePriority;
  createdAt: string;
  dueAt: string;
  resolvedAt: string | null;
  area: { districtCode: string; districtName: string; subdistrictCode: string; subdistrictName: string } | null;
  location: { latitude: number; longitude: number; address: string | null } | null;
  officeCode: string;
  officeName: string;
  assignee: { name: string } | null;
  photoIds: string[];
  rating: number | null;
  followers: number;
  overdue: boolean;
  /** The viewer reported it (not only follows it). */
  mine: boolean;
  canAct: CaseActionName[];
};

export type CaseHistoryView = { at: string; actorRole: string; actorName: string | null; action: string; from: string | null; to: string | null; note: string | null; photoIds: string[] };
export type CaseDetail = CaseView & { history: CaseHistoryView[]; contact: { name: string; phone: string } | null; resolution: { note: string; photoIds: string[] } | null };

export type ViewContext = { offices: OfficeDirectory; areas: ProvinceAreas; viewer: CaseActor; now: Date; reopenWithinDays: number };

export function toCaseView(stored: StoredCase, context: ViewContext): CaseView {
  const status = stored.status as CaseStatus;
  const sub = stored.area?.subdistrictCode ? context.areas.subdistrict(stored.area.subdistrictCode) : undefined;
  const district = sub ? context.areas.district(sub.districtCode) : undefined;
  return {
    ticket: stored.ticket,
    kind: stored.kind,
    category: stored.category,
    categoryName: findCategory(stored.category)?.name ?? stored.category,
    description: stored.description,
    status,
    statusLabel: CASE_STATUSES[status].label,
    statusColor: CASE_STATUSES[status].color,
    priority: stored.priority ?? 'normal',
    createdAt: stored.createdAt.toISOString(),
    dueAt: stored.dueAt.toISOString(),
    resolvedAt: stored.resolvedAt?.toISOString() ?? null,
    area: sub && district ? { districtCode: district.code, districtName: district.name, subdistrictCode: sub.code, subdistrictName: sub.name } : null,
    location: stored.location?.latitude != null && stored.location.longitude != null
      ? { latitude: stored.location.latitude, longitude: stored.location.longitude, address: stored.location.address ?? null }
      : null,
    officeCode: stored.officeCode,
    officeName: context.offices.byCode(stored.officeCode)?.name ?? stored.officeCode,
    assignee: stored.assignee?.name ? { name: stored.assignee.name } : null,
    photoIds: (stored.photoIds ?? []).map(String),
    rating: stored.rating?.score ?? null,
    followers: stored.followers?.length ?? 0,
    overdue: CASE_STATUSES[status].group === 'open' && stored.dueAt.getTime() < context.now.getTime(),
    mine: stored.reporterLineUserId === context.viewer.lineUserId,
    canAct: availableActions(stored, context),
  };
}

/** The whole record, for those allowed to open it; contact details only for the office and staff. */
export function toCaseDetail(stored: StoredCase, context: ViewContext): CaseDetail {
  const seesContact = relationsOf(toSnapshot(stored), context.viewer).has('office');
  return {
    ...toCaseView(stored, context),
    history: (stored.history ?? []).map((step) => ({
      at: step.at.toISOString(),
      actorRole: step.actor.role,
      actorName: step.actor.role === 'villager' && step.actor.lineUserId !== context.viewer.lineUserId ? null : step.actor.name ?? null,
      action: step.action,
      from: step.from ?? null,
      to: step.to ?? null,
      note: step.note ?? null,
      photoIds: (step.photoIds ?? []).map(String),
    })),
    contact: seesContact && stored.contact?.name && stored.contact.phone ? { name: stored.contact.name, phone: stored.contact.phone } : null,
    resolution: stored.resolution?.note ? { note: stored.resolution.note, photoIds: (stored.resolution.photoIds ?? []).map(String) } : null,
  };
}

/** The moves this viewer could make now, so pages and cards offer only those buttons. */
export function availableActions(stored: StoredCase, context: Pick<ViewContext, 'viewer' | 'now' | 'reopenWithinDays'>): CaseActionName[] {
  const snapshot = toSnapshot(stored);
  const relations = relationsOf(snapshot, context.viewer);
  const assigneeOnly = snapshot.assignee?.lineUserId && context.viewer.role === 'officer' && context.viewer.lineUserId !== snapshot.assignee.lineUserId;
  const reopenOpen = snapshot.resolvedAt && context.now.getTime() - snapshot.resolvedAt.getTime() <= context.reopenWithinDays * DAY_MS;
  return Object.keys(CASE_ACTIONS).filter(isCaseAction).filter((action) => {
    const definition = CASE_ACTIONS[action];
    if (definition.by === 'system' || !relations.has(definition.by) || !allowedFrom(action, snapshot.status)) return false;
    if (definition.by === 'office' && action !== 'accept' && assigneeOnly) return false;
    if (action === 'reopen') return Boolean(reopenOpen);
    if (action === 'rate') return !snapshot.rating?.score;
    return true;
  });
}
