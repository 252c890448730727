import type { ProvinceAreas } from './admin-areas.ts';
import { matchAddressText } from './address-text.ts';
import { distanceKm, isInsidePolygon, type LatLng } from './geo.ts';
import type { OfficeDirectory } from '../offices/office-directory.ts';

export type AreaResolution =
  | { status: 'resolved'; districtCode: string; subdistrictCode: string; via: 'address' | 'nearest' }
  /** The district is known, the sub-district must be asked. */
  | { status: 'district'; districtCode: string }
  | { status: 'outside'; provinceName: string | undefined }
  | { status: 'unknown' };

/** Beyond this, the nearest office we know of says little about where the person is. */
const MAX_NEAREST_KM = 20;

/**
 * Where a report is: first the address text LINE sends with a location, then the nearest
 * sub-district whose office location we know, else unknown (the chat then asks). Pure.
 */
export function resolveArea(input: { address?: string | undefined; point?: LatLng | undefined }, areas: ProvinceAreas, offices: OfficeDirectory): AreaResolution {
  const byText = input.address ? matchAddressText(input.address, areas) : { kind: 'unknown' as const };
  if (byText.kind === 'outside') return { status: 'outside', provinceName: byText.provinceName };
  if (byText.kind === 'inside' && byText.subdistrictCode) {
    return { status: 'resolved', districtCode: byText.districtCode, subdistrictCode: byText.subdistrictCode, via: 'address' };
  }
  const byPoint = input.point ? nearestKnownSubdistrict(input.point, offices) : undefined;
  if (byPoint === 'outside') return { status: 'outside', provinceName: undefined };
  if (byPoint && (byText.kind !== 'inside' || areas.subdistrict(byPoint)?.districtCode === byText.districtCode)) {
    return { status: 'resolved', districtCode: areas.subdistrict(byPoint)!.districtCode, subdistrictCode: byPoint, via: 'nearest' };
  }
  if (byText.kind === 'inside') return { status: 'district', districtCode: byText.districtCode };
  return { status: 'unknown' };
}

function nearestKnownSubdistrict(point: LatLng, offices: OfficeDirectory): string | 'outside' | undefined {
  if (offices.outline.length >= 3 && !isInsidePolygon(point, offices.outline)) return 'outside';
  let best: { sub: string; km: number } | undefined;
  for (const office of offices.all()) {
    const sub = office.subdistrictCodes[0];
    if (!office.location || !sub) continue;
    const km = distanceKm(point, office.location);
    if (km <= MAX_NEAREST_KM && km < (best?.km ?? Infinity)) best = { sub, km };
  }
  return best?.sub;
}
