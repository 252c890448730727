import { isDuplicateKeyError } from '../../db/is-duplicate-key-error.ts';
import { CaseModel } from '../../models/case.ts';
import { resolveArea } from '../areas/locate-area.ts';
import type { ProvinceAreas } from '../areas/admin-areas.ts';
import { attachPhotos } from '../media/photo-store.ts';
import type { OfficeDirectory } from '../offices/office-directory.ts';
import { addDays } from '../time/thai-time.ts';
import { findCategory, type CaseKind } from './categories.ts';
import { CaseInputError } from './case-input-error.ts';
import { findCaseByRequestKey, historyActor, type StoredCase } from './case-repository.ts';
import type { CaseNotifier } from './case-events.ts';
import type { CaseActor } from './case-types.ts';
import { routeCase, type CaseArea } from './routing.ts';
import { allocateTicket } from './ticket-number.ts';

export type NewCaseInput = {
  /** Same key, same case: the webhook event or API request that files it. */
  requestKey: string;
  source: 'chat' | 'liff' | 'staff' | 'consultation';
  reporter: CaseActor & { lineUserId: string };
  kind: CaseKind;
  category: string;
  description: string;
  photoIds: string[];
  location?: { latitude: number; longitude: number; address?: string | undefined } | undefined;
  area?: CaseArea | undefined;
  outsideProvince?: boolean | undefined;
  contact?: { name: string; phone: string } | undefined;
  unansweredQuestionId?: string | undefined;
  /** Opened in advance for a mobile-unit visit (its activity id). */
  activityId?: string | undefined;
};

export type FileCaseDeps = { offices: OfficeDirectory; areas: ProvinceAreas; notify: CaseNotifier; now: Date };

/**
 * Files a case: check the category and area, route it to an office, set its due date from the
 * category's service level, number it, store it, and tell the reporter and the office.
 */
export async function fileCase(deps: FileCaseDeps, input: NewCaseInput): Promise<StoredCase> {
  const earlier = await findCaseByRequestKey(input.requestKey);
  if (earlier) return announceFiled(deps, earlier, input.reporter);
  const category = findCategory(input.category);
  if (!category) throw new CaseInputError('category', 'unknown_category');
  if (category.kind !== input.kind) throw new CaseInputError('category', 'kind_mismatch');
  const placed = placeCase(input, deps);
  const routing = routeCase({ category, area: placed.area, outsideProvince: placed.outsideProvince }, deps.offices);
  const ticket = await allocateTicket(deps.now);
  const stored = await insertCase(input, {
    ticket,
    category: category.code,
    area: placed.area,
    outsideProvince: placed.outsideProvince,
    officeCode: routing.officeCode,
    officeChain: [routing.officeCode],
    routingReason: routing.reason,
    priority: category.priority,
    dueAt: addDays(deps.now, category.slaDays),
    status: 'new',
    history: [{ at: deps.now, actor: historyActor(input.reporter), action: 'file', to: 'new', photoIds: input.photoIds, requestKey: input.requestKey, toOfficeCode: routing.officeCode }],
  });
  await attachPhotos(input.photoIds, stored.ticket, input.reporter.lineUserId);
  return announceFiled(deps, stored, input.reporter);
}

async function announceFiled(deps: FileCaseDeps, stored: StoredCase, actor: CaseActor): Promise<StoredCase> {
  await deps.notify({ type: 'filed', case: stored, actor });
  return stored;
}

/** The area given, or the one its location resolves to; codes outside the province data are refused. */
function placeCase(input: NewCaseInput, deps: FileCaseDeps): { area: CaseArea; outsideProvince: boolean } {
  if (input.area) {
    const sub = deps.areas.subdistrict(input.area.subdistrictCode);
    if (!sub || sub.districtCode !== input.area.districtCode) throw new CaseInputError('area.subdistrictCode', 'unknown_area');
    return { area: input.area, outsideProvince: false };
  }
  if (input.outsideProvince) return { area: null, outsideProvince: true };
  if (!input.location) return { area: null, outsideProvince: false };
  const point = { latitude: input.location.latitude, longitude: input.location.longitude };
  const resolved = resolveArea({ address: input.location.address, point }, deps.areas, deps.offices);
  if (resolved.status === 'resolved') return { area: { districtCode: resolved.districtCode, subdistrictCode: resolved.subdistrictCode }, outsideProvince: false };
  return { area: null, outsideProvince: resolved.status === 'outside' };
}

async function insertCase(input: NewCaseInput, fields: Record<string, unknown> & { ticket: string }): Promise<StoredCase> {
  try {
    const created = await CaseModel.create({
      requestKey: input.requestKey,
      source: input.source,
      reporterLineUserId: input.reporter.lineUserId,
      kind: input.kind,
      description: input.description,
      photoIds: input.photoIds,
      location: input.location ?? null,
      contact: input.contact ? { ...input.contact, consentAt: new Date() } : null,
      unansweredQuestionId: input.unansweredQuestionId,
      ...(input.activityId ? { activityId: input.activityId } : {}),
      ...fields,
    });
    return created.toObject() as StoredCase;
  } catch (error) {
    // The same request filed concurrently (a redelivered webhook): the other insert won; use it.
    const existing = isDuplicateKeyError(error) ? await findCaseByRequestKey(input.requestKey) : null;
    if (existing) return existing;
    throw error;
  }
}
