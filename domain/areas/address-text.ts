import type { District, ProvinceAreas, Subdistrict } from './admin-areas.ts';

export type AddressMatch =
  | { kind: 'inside'; districtCode: string; subdistrictCode: string | undefined }
  | { kind: 'outside'; provinceName: string }
  | { kind: 'unknown' };

const SUBDISTRICT_PREFIX = /^(ตำบล|ต\.|แขวง)/;
const DISTRICT_PREFIX = /(อำเภอ|อ\.|เขต)$/;
const PROVINCE_MARKER = /(?:จังหวัด|จ\.)\s*([ก-๛]+)/u;

/**
 * Reads a free-text address (LINE's location `address`, Thai or English, often without spaces
 * where Thai needs none) against the served province: which district and sub-district it names,
 * or that it names another province. Pure; the administrative names come from `areas`.
 */
export function matchAddressText(text: string, areas: ProvinceAreas): AddressMatch {
  const compact = compactText(text);
  const outside = otherProvince(text, compact, areas);
  if (outside) return { kind: 'outside', provinceName: outside };
  const district = findDistrict(compact, areas.districts);
  const rest = district ? compact.replace(district.matched, ' ') : compact;
  const candidates = district ? district.district.subdistricts : areas.districts.flatMap((item) => item.subdistricts);
  const subdistrict = findSubdistrict(rest, candidates);
  if (subdistrict) return { kind: 'inside', districtCode: subdistrict.districtCode, subdistrictCode: subdistrict.code };
  if (district) return { kind: 'inside', districtCode: district.district.code, subdistrictCode: undefined };
  return { kind: 'unknown' };
}

/** Lower case, no spaces, «Muang» spelled as the data spells it: names are then plain substrings. */
function compactText(text: string): string {
  return text.toLowerCase().replace(/\bmuang\b/g, 'mueang').replace(/[\s,]+/g, '');
}

function compactName(name: string): string {
  return name.toLowerCase().replace(/\s+/g, '');
}

/** A postal code or an explicit «จ.…» is authoritative; otherwise another province's name without ours. */
function otherProvince(text: string, compact: string, areas: ProvinceAreas): string | undefined {
  const ours = new Set(areas.districts.flatMap((district) => district.subdistricts.map((sub) => sub.postalCode)));
  const postal = /(?:^|\D)(\d{5})(?:\D|$)/.exec(text)?.[1];
  if (postal) return ours.has(postal) ? undefined : provinceOfPostal(postal, areas) ?? `รหัสไปรษณีย์ ${postal}`;
  const marked = PROVINCE_MARKER.exec(text.replace(/\s+(?=[ก-๛])/gu, ''))?.[1];
  if (marked) return marked.startsWith(areas.province.name) ? undefined : marked;
  const mentionsOurs = [areas.province, ...areas.districts].some((place) => includesName(compact, place));
  if (mentionsOurs) return undefined;
  return areas.allProvinces.find((province) => province.code !== areas.province.code && includesName(compact, province))?.name;
}

/** Thai postal codes start with the province's own two-digit prefix for most provinces. */
function provinceOfPostal(postal: string, areas: ProvinceAreas): string | undefined {
  return areas.allProvinces.find((province) => province.code === postal.slice(0, 2))?.name;
}

function includesName(compact: string, place: { name: string; nameEn: string }): boolean {
  return compact.includes(compactName(place.name)) || compact.includes(compactName(place.nameEn));
}

/** The longest district name present; «อ.เมือง» alone means the province's capital district. */
function findDistrict(compact: string, districts: District[]): { district: District; matched: string } | undefined {
  let best: { district: District; matched: string } | undefined;
  for (const district of districts) {
    for (const name of [district.name, district.nameEn].map(compactName)) {
      if (compact.includes(name) && name.length > (best?.matched.length ?? 0)) best = { district, matched: name };
    }
  }
  if (best) return best;
  const capital = districts.find((district) => district.name.startsWith('เมือง'));
  const bareMueang = /(อำเภอ|อ\.)เมือง/.exec(compact)?.[0];
  return capital && bareMueang ? { district: capital, matched: bareMueang } : undefined;
}

/** A name after «ต./ตำบล» wins; otherwise the longest name, if only one sub-district has it. */
function findSubdistrict(compact: string, candidates: Subdistrict[]): Subdistrict | undefined {
  const found: { sub: Subdistrict; name: string; prefixed: boolean }[] = [];
  for (const sub of candidates) {
    for (const name of [sub.name, sub.nameEn].map(compactName)) {
      const at = compact.indexOf(name);
      if (at < 0) continue;
      found.push({ sub, name, prefixed: SUBDISTRICT_PREFIX.test(compact.slice(Math.max(0, at - 5), at).replace(/^.*?(ตำบล|ต\.|แขวง)$/, '$1')) && !DISTRICT_PREFIX.test(compact.slice(0, at)) });
    }
  }
  const prefixed = found.filter((item) => item.prefixed);
  const pool = prefixed.length > 0 ? prefixed : found;
  const longest = Math.max(0, ...pool.map((item) => item.name.length));
  const best = new Set(pool.filter((item) => item.name.length === longest).map((item) => item.sub.code));
  return best.size === 1 ? pool.find((item) => item.name.length === longest)?.sub : undefined;
}
