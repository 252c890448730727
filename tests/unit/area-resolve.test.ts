import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProvinceAreas, type ProvinceAreas } from '../../domain/areas/admin-areas.ts';
import { matchAddressText } from '../../domain/areas/address-text.ts';
import { resolveArea } from '../../domain/areas/locate-area.ts';
import { SHIPPED_OFFICES_PATH } from '../../domain/offices/import-offices.ts';
import { officeFileSchema } from '../../domain/offices/office-data.ts';
import { buildOfficeDirectory, type OfficeDirectory } from '../../domain/offices/office-directory.ts';

let areas: ProvinceAreas;
let offices: OfficeDirectory;

beforeAll(async () => {
  const file = officeFileSchema.parse(JSON.parse(readFileSync(SHIPPED_OFFICES_PATH, 'utf8')));
  offices = buildOfficeDirectory(file, file.offices.map((office) => ({ ...office, location: office.location ?? null, phone: office.phone })));
  areas = await loadProvinceAreas(file.provinceCode);
});

const subdistrictName = (code: string | undefined) => (code ? areas.subdistrict(code)?.name : undefined);

describe('address text of Suphan Buri places (as LINE location messages and people write them)', () => {
  it.each([
    ['ต.รั้วใหญ่ อ.เมืองสุพรรณบุรี จ.สุพรรณบุรี 72000', 'รั้วใหญ่'],
    ['Tha Phi Liang, Mueang Suphan Buri District, Suphan Buri 72000', 'ท่าพี่เลี้ยง'],
    ['123 หมู่ 4 ตำบลบางเลน อำเภอสองพี่น้อง จังหวัดสุพรรณบุรี 72110 ประเทศไทย', 'บางเลน'],
    ['ต.โคกคราม อ.บางปลาม้า', 'โคกคราม'],
    ['Wang Yao, Dan Chang District, Suphan Buri 72180, Thailand', 'วังยาว'],
    ['ตำบลศรีประจันต์ อำเภอศรีประจันต์ สุพรรณบุรี', 'ศรีประจันต์'],
  ])('when the text is «%s», then the sub-district is %s', (text, expected) => {
    const match = matchAddressText(text, areas);
    expect(match.kind).toBe('inside');
    expect(subdistrictName(match.kind === 'inside' ? match.subdistrictCode : undefined)).toBe(expected);
  });

  it('when the text names a district alone, then the district is known and the sub-district is not', () => {
    expect(matchAddressText('อำเภออู่ทอง', areas)).toEqual({ kind: 'inside', districtCode: '7209', subdistrictCode: undefined });
  });

  it('when the text is in another province, by postal code or name, then it says which', () => {
    expect(matchAddressText('แขวงลุมพินี เขตปทุมวัน กรุงเทพมหานคร 10330', areas)).toEqual({ kind: 'outside', provinceName: 'กรุงเทพมหานคร' });
    expect(matchAddressText('Mueang Chiang Mai, Chiang Mai', areas)).toEqual({ kind: 'outside', provinceName: 'เชียงใหม่' });
  });

  it('when the text is not an address, then unknown', () => {
    expect(matchAddressText('asdf qwer 12', areas)).toEqual({ kind: 'unknown' });
  });
});

describe('area from a location', () => {
  it('when a point lies near a district town, then the town office’s sub-district', () => {
    const resolved = resolveArea({ point: { latitude: 14.38, longitude: 99.89 } }, areas, offices);
    expect(resolved).toMatchObject({ status: 'resolved', districtCode: '7209', via: 'nearest' });
  });

  it('when a point lies in Bangkok, then outside the province', () => {
    expect(resolveArea({ point: { latitude: 13.75, longitude: 100.5 } }, areas, offices)).toEqual({ status: 'outside', provinceName: undefined });
  });

  it('when the address names a district and the point is near another district’s town, then the district is kept and the sub-district asked', () => {
    const resolved = resolveArea({ address: 'อ.ด่านช้าง', point: { latitude: 14.38, longitude: 99.89 } }, areas, offices);
    expect(resolved).toEqual({ status: 'district', districtCode: '7203' });
  });
});
