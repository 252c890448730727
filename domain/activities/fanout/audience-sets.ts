import type { Office, OfficeDirectory } from '../../offices/office-directory.ts';
import { coversOffice, localityOf, type ActivityArea, type Locality } from '../activity-areas.ts';
import { isForPublic, type ActivityAudience } from '../activity-kinds.ts';
import type { Subscription } from '../../subscriptions/subscription-store.ts';
import { segmentOf } from './batcher.ts';

export type Announced = { id: string; areas: ActivityArea[]; audience: ActivityAudience; topic: string };

/** 0 officers; then subscribers by how close their nearest activity is: the order under a quota shortfall. */
export type Tier = 0 | 1 | 2 | 3;
export type Told = { ids: string[]; segment: string; tier: Tier; officer: boolean };
const TIER_OF: Record<Locality, Tier> = { subdistrict: 1, district: 2, province: 3 };

/**
 * Which of the month's activities each person is told of: an officer everything in their office's
 * area; a subscriber the public activities near their place, in their topics. Pure once built.
 */
export function createAudienceSets(activities: Announced[], offices: OfficeDirectory) {
  const byOffice = new Map<string, string[]>();
  const officeOf = (code: string): Office | undefined => offices.byCode(code);
  const forOffice = (code: string): string[] => {
    let ids = byOffice.get(code);
    if (!ids) {
      const office = officeOf(code);
      ids = office ? activities.filter((activity) => coversOffice(activity.areas, office)).map((activity) => activity.id) : [];
      byOffice.set(code, ids);
    }
    return ids;
  };
  const forPlace = (sub: Subscription): { ids: string[]; best: Locality | null } => {
    if (!sub.area) return { ids: [], best: null };
    let best: Locality | null = null;
    const ids: string[] = [];
    for (const activity of activities) {
      if (!isForPublic(activity.audience) || (sub.topics.length > 0 && !sub.topics.includes(activity.topic))) continue;
      const locality = localityOf(activity.areas, sub.area, officeOf);
      if (!locality) continue;
      ids.push(activity.id);
      if (best === null || TIER_OF[locality] < TIER_OF[best]) best = locality;
    }
    return { ids, best };
  };
  // Thousands of people share an office, a place and topics: each combination is worked out once.
  const known = new Map<string, Told>();
  return {
    /** The activity ids a subscriber is told of (sorted, no repeats), their segment and their tier. */
    of(sub: Subscription): Told {
      const key = `${sub.officeCode ?? ''}|${sub.area?.districtCode ?? ''}|${sub.area?.subdistrictCode ?? ''}|${sub.topics.join(',')}`;
      let told = known.get(key);
      if (!told) {
        const office = sub.officeCode ? forOffice(sub.officeCode) : [];
        const place = forPlace(sub);
        const ids = [...new Set([...office, ...place.ids])].sort();
        const officer = office.length > 0;
        told = { ids, segment: segmentOf(ids), officer, tier: officer ? 0 : place.best ? TIER_OF[place.best] : 3 };
        known.set(key, told);
      }
      return told;
    },
  };
}
