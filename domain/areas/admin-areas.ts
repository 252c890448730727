import { getDistricts, getProvinces, getSubDistricts } from 'thai-address-universal';

export type Subdistrict = { code: string; name: string; nameEn: string; districtCode: string; postalCode: string };
export type District = { code: string; name: string; nameEn: string; subdistricts: Subdistrict[] };
export type ProvinceName = { code: string; name: string; nameEn: string };

/** The served province's districts and sub-districts (real DOPA geocodes), plus every province's name. */
export type ProvinceAreas = {
  province: ProvinceName;
  districts: District[];
  allProvinces: ProvinceName[];
  district(code: string): District | undefined;
  subdistrict(code: string): Subdistrict | undefined;
};

let cached: Promise<ProvinceAreas> | undefined;
let cachedCode: string | undefined;

/** Administrative areas from `thai-address-universal` (maintained, offline), loaded once per process. */
export function loadProvinceAreas(provinceCode: string): Promise<ProvinceAreas> {
  if (!cached || cachedCode !== provinceCode) {
    cachedCode = provinceCode;
    cached = readProvinceAreas(provinceCode);
  }
  return cached;
}

async function readProvinceAreas(provinceCode: string): Promise<ProvinceAreas> {
  const allProvinces = (await getProvinces()).map(({ code, nameTh, nameEn }) => ({ code, name: nameTh, nameEn }));
  const province = allProvinces.find((candidate) => candidate.code === provinceCode);
  if (!province) throw new Error(`unknown province code ${provinceCode}`);
  const districts: District[] = [];
  for (const district of await getDistricts(province.code)) {
    const subdistricts = (await getSubDistricts(district.code)).map((sub) => ({
      code: sub.code,
      name: sub.nameTh,
      nameEn: sub.nameEn,
      districtCode: district.code,
      postalCode: sub.postalCode ?? '',
    }));
    districts.push({ code: district.code, name: district.nameTh, nameEn: district.nameEn, subdistricts: sortByName(subdistricts) });
  }
  const sorted = sortByName(districts);
  const districtByCode = new Map(sorted.map((district) => [district.code, district]));
  const subdistrictByCode = new Map(sorted.flatMap((district) => district.subdistricts.map((sub) => [sub.code, sub] as const)));
  return {
    province,
    districts: sorted,
    allProvinces,
    district: (code) => districtByCode.get(code),
    subdistrict: (code) => subdistrictByCode.get(code),
  };
}

const thaiOrder = new Intl.Collator('th');
function sortByName<T extends { name: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => thaiOrder.compare(a.name, b.name));
}
