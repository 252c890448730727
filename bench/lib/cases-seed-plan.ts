import type { ProvinceAreas, Subdistrict } from '../../domain/areas/admin-areas.ts';
import { CASE_ACTIONS, type CaseActionName } from '../../domain/cases/case-actions.ts';
import type { CaseStatus } from '../../domain/cases/case-statuses.ts';
import { caseCategories, type CaseCategory } from '../../domain/cases/categories.ts';
import type { OfficeDirectory } from '../../domain/offices/office-directory.ts';
import { addDays, DAY_MS } from '../../domain/time/thai-time.ts';

/** A small seeded generator (mulberry32): the same seed gives the same cases, run after run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Weighted<T> = readonly (readonly [T, number])[];

function pick<T>(random: () => number, items: Weighted<T>): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let left = random() * total;
  for (const [item, weight] of items) if ((left -= weight) < 0) return item;
  return items.at(-1)![0];
}

/** Everyday problems outnumber consultations; roads, lights, drains and rubbish lead (as on Traffy Fondue). */
const CATEGORY_WEIGHTS: Record<string, number> = { road: 18, streetlight: 16, drainage: 14, waste: 12, 'water-supply': 8, tree: 6, nuisance: 5, animal: 5, 'provincial-road': 3, disaster: 1, 'other-problem': 4, 'consult-law': 3, 'consult-health': 2, 'consult-education': 1, 'consult-environment': 1, 'consult-other': 1 };

/** Statuses by age: fresh cases wait or are being worked on, old ones are mostly closed. */
const STATUS_BY_AGE: readonly { underDays: number; statuses: Weighted<CaseStatus> }[] = [
  { underDays: 2, statuses: [['new', 60], ['accepted', 25], ['in_progress', 15]] },
  { underDays: 14, statuses: [['new', 10], ['accepted', 20], ['in_progress', 30], ['forwarded', 3], ['resolved', 20], ['closed', 12], ['rejected', 3], ['cancelled', 2]] },
  { underDays: Infinity, statuses: [['new', 2], ['accepted', 3], ['in_progress', 5], ['forwarded', 1], ['resolved', 4], ['closed', 75], ['rejected', 6], ['cancelled', 4]] },
];

/** The steps that lead to each status, in order (the audit trail the seed writes). */
const PATHS: Record<CaseStatus, CaseActionName[]> = {
  new: [],
  accepted: ['accept'],
  in_progress: ['accept', 'start'],
  forwarded: ['forward'],
  resolved: ['accept', 'start', 'resolve'],
  closed: ['accept', 'start', 'resolve', 'rate'],
  rejected: ['reject'],
  cancelled: ['cancel'],
};

export type SeedCase = Record<string, unknown> & { createdAt: Date; officeCode: string; status: CaseStatus };

export type SeedContext = { offices: OfficeDirectory; areas: ProvinceAreas; now: Date; random: () => number; villagers: number };

/**
 * `count` cases as filed and worked on over the past year, in creation order, without ticket
 * numbers (cases-seed.ts numbers them per Buddhist year). Town sub-districts report more.
 */
export function planSeedCases(count: number, context: SeedContext): SeedCase[] {
  const { random } = context;
  const categories: Weighted<CaseCategory> = caseCategories().map((category) => [category, CATEGORY_WEIGHTS[category.code] ?? 1]);
  const places: Weighted<Subdistrict> = context.areas.districts.flatMap((district) =>
    district.subdistricts.map((sub) => [sub, context.offices.forSubdistrict(sub.code)?.code.startsWith('MUN-') ? 5 : 1] as const),
  );
  const cases = Array.from({ length: count }, () => {
    const ageDays = 365 * random() ** 1.6;
    return planCase(context, pick(random, categories), pick(random, places), new Date(context.now.getTime() - ageDays * DAY_MS));
  });
  return cases.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

type Actor = { lineUserId: string; role: string; name?: string };
type Step = { action: CaseActionName; at: Date };

/** Routing as the domain does it for an area (category rules first, Clinic Center when no area). */
function officeFor(category: CaseCategory, placed: { subdistrictCode: string } | null, offices: OfficeDirectory): string {
  if (category.route === 'clinic' || !placed) return offices.clinic().code;
  if (category.route === 'pao') return offices.pao()?.code ?? offices.clinic().code;
  return offices.forSubdistrict(placed.subdistrictCode)?.code ?? offices.clinic().code;
}

/** The steps to the case's status, spread over its service level (or its age, if younger). */
function stepsTo(status: CaseStatus, createdAt: Date, spanDays: number): Step[] {
  const path = PATHS[status];
  return path.map((action, k) => ({ action, at: new Date(createdAt.getTime() + ((k + 1) / (path.length + 1)) * spanDays * DAY_MS) }));
}

function historyOf(steps: Step[], createdAt: Date, reporter: Actor, officer: Actor) {
  const filed = { at: createdAt, actor: reporter, action: 'file', to: 'new', photoIds: [] };
  return [filed, ...steps.map((step, k) => ({
    at: step.at,
    actor: CASE_ACTIONS[step.action].by === 'reporter' ? reporter : officer,
    action: step.action,
    from: k === 0 ? 'new' : CASE_ACTIONS[steps[k - 1]!.action].to,
    to: CASE_ACTIONS[step.action].to,
    photoIds: [],
  }))];
}

function planCase(context: SeedContext, category: CaseCategory, place: Subdistrict, createdAt: Date): SeedCase {
  const { random } = context;
  const placed = random() < 0.9 ? { districtCode: place.districtCode, subdistrictCode: place.code } : null;
  const officeCode = officeFor(category, placed, context.offices);
  const ageDays = (context.now.getTime() - createdAt.getTime()) / DAY_MS;
  const status = pick(random, STATUS_BY_AGE.find((band) => ageDays < band.underDays)!.statuses);
  const reporter = { lineUserId: `U${Math.floor(random() * context.villagers).toString(16).padStart(32, '0')}`, role: 'villager' };
  const officer = { lineUserId: `U${officeCode.replace(/\D/g, '').padEnd(8, '0')}${'f'.repeat(24)}`, role: 'officer', name: `เจ้าหน้าที่ ${officeCode}` };
  const steps = stepsTo(status, createdAt, Math.min(ageDays, category.slaDays));
  const at = (action: CaseActionName) => steps.find((step) => step.action === action)?.at;
  const followers = random() < 0.05 ? [`U${'e'.repeat(31)}${Math.floor(random() * 10)}`] : [];
  return {
    requestKey: `bench-seed:${createdAt.getTime()}:${random().toString(36).slice(2)}`,
    kind: category.kind,
    category: category.code,
    description: `${category.name} ที่ตำบล${place.name} ขอให้หน่วยงานช่วยดูแลด้วยค่ะ`,
    photoIds: [],
    location: null,
    area: placed,
    outsideProvince: false,
    officeCode,
    officeChain: [officeCode],
    routingReason: placed ? 'area' : 'no-area',
    assignee: at('accept') ? officer : null,
    reporterLineUserId: reporter.lineUserId,
    contact: null,
    followers,
    status,
    priority: category.priority === 'normal' && random() < 0.05 ? 'high' : category.priority,
    supporters: followers.length,
    dueAt: addDays(createdAt, category.slaDays),
    acceptedAt: at('accept'),
    resolvedAt: at('resolve'),
    closedAt: at('rate'),
    resolution: at('resolve') ? { note: 'ดำเนินการแก้ไขเรียบร้อยแล้ว', photoIds: [] } : null,
    rating: at('rate') ? { score: 1 + Math.floor(random() * 5), at: at('rate') } : null,
    source: random() < 0.7 ? 'chat' : 'liff',
    version: steps.length,
    history: historyOf(steps, createdAt, reporter, officer),
    createdAt,
    updatedAt: steps.at(-1)?.at ?? createdAt,
  };
}
