import type { Office } from '../offices/office-directory.ts';
import type { AreaScope } from './activity-kinds.ts';

/** Who an activity is for, as stored: the province, a district, a sub-district or an office's area. */
export type ActivityArea = { scope: AreaScope; code?: string | undefined };
/** Where a person is: a district, and the sub-district when they chose one. */
export type Place = { districtCode: string; subdistrictCode?: string | undefined };
/** How close an activity is to someone: it decides the order under a quota shortfall. */
export type Locality = 'subdistrict' | 'district' | 'province';

type OfficeLookup = (code: string) => Office | undefined;

/** DOPA codes nest: sub-district 720101 is in district 7201. */
function inDistrict(subdistrictCode: string, districtCode: string): boolean {
  return subdistrictCode.slice(0, 4) === districtCode;
}

/** How local one area is to a place, or null when it is not for that place. Pure. */
function localityFor(area: ActivityArea, place: Place, officeOf: OfficeLookup): Locality | null {
  const code = area.code ?? '';
  switch (area.scope) {
    case 'province':
      return 'province';
    case 'district':
      return place.districtCode === code ? 'district' : null;
    case 'subdistrict':
      if (place.subdistrictCode) return place.subdistrictCode === code ? 'subdistrict' : null;
      return inDistrict(code, place.districtCode) ? 'district' : null;
    case 'office': {
      const office = officeOf(code);
      if (!office) return null;
      if (place.subdistrictCode) return office.subdistrictCodes.includes(place.subdistrictCode) ? 'subdistrict' : null;
      return office.districtCode === place.districtCode ? 'district' : null;
    }
  }
}

const ORDER: Locality[] = ['subdistrict', 'district', 'province'];

/** The most local match of any of an activity's areas to a place, or null. */
export function localityOf(areas: ActivityArea[], place: Place, officeOf: OfficeLookup): Locality | null {
  const found = areas.map((area) => localityFor(area, place, officeOf)).filter((value) => value !== null);
  return ORDER.find((level) => found.includes(level)) ?? null;
}

/** An office's officers are told of what happens anywhere in the sub-districts it serves; the province's own offices of everything. */
export function coversOffice(areas: ActivityArea[], office: Office): boolean {
  if (office.kind !== 'local') return true;
  return areas.some((area) => {
    const code = area.code ?? '';
    if (area.scope === 'province') return true;
    if (area.scope === 'district') return office.districtCode === code;
    if (area.scope === 'subdistrict') return office.subdistrictCodes.includes(code);
    return office.code === code;
  });
}
