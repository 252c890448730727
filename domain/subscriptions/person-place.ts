import { LineUserModel } from '../../models/line-user.ts';
import type { Office, OfficeDirectory } from '../offices/office-directory.ts';
import type { ProvinceAreas } from '../areas/admin-areas.ts';
import { coversOffice, localityOf, type ActivityArea, type Locality, type Place } from '../activities/activity-areas.ts';
import { findSubscription } from './subscription-store.ts';

/** Where «ตารางกิจกรรม» looks for someone: the place they chose for activity news, or their office's area. */
export type Whereabouts = { place: Place | null; office: Office | undefined; officer: boolean };

export async function whereaboutsOf(lineUserId: string, offices: OfficeDirectory): Promise<Whereabouts> {
  const [subscription, user] = await Promise.all([findSubscription(lineUserId), LineUserModel.findOne({ lineUserId }, { role: 1, officeCode: 1 }).lean()]);
  const officer = user?.role === 'officer' || user?.role === 'office-admin';
  const office = officer && user?.officeCode ? offices.byCode(user.officeCode) : undefined;
  return { place: subscription?.area ?? null, office, officer: officer || user?.role === 'staff' || user?.role === 'admin' };
}

/** How close an activity is to someone, or null: an officer's office area counts as near. */
export function nearness(areas: ActivityArea[], where: Whereabouts, offices: OfficeDirectory): Locality | null {
  const byPlace = where.place ? localityOf(areas, where.place, (code) => offices.byCode(code)) : null;
  if (byPlace) return byPlace;
  return where.office && coversOffice(areas, where.office) ? 'district' : null;
}

/** «ต.ทับตีเหล็ก อ.เมืองสุพรรณบุรี», «อ.สามชุก» or the office's name; null when nothing is known. */
export function placeName(where: Whereabouts, areas: ProvinceAreas): string | null {
  if (where.place?.subdistrictCode) {
    const sub = areas.subdistrict(where.place.subdistrictCode);
    if (sub) return `ต.${sub.name} อ.${areas.district(sub.districtCode)?.name ?? ''}`;
  }
  if (where.place) return `อ.${areas.district(where.place.districtCode)?.name ?? where.place.districtCode}`;
  return where.office?.name ?? null;
}
