import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../helpers/database.ts';
import { SHIPPED_OFFICES_PATH } from '../../../domain/offices/import-offices.ts';
import type { OfficeRecord } from '../../../domain/offices/office-data.ts';
import { LineUserModel } from '../../../models/line-user.ts';
import { OfficeModel, ProvinceSettingModel } from '../../../models/office.ts';
import { runNpmScript } from './run-command.ts';

const db = useTestDatabase();
const dir = mkdtempSync(join(tmpdir(), 'offices-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const importFile = (...args: string[]) => runNpmScript('offices:import', args, { MONGODB_URI: db.uri() });

const sample = JSON.parse(readFileSync(SHIPPED_OFFICES_PATH, 'utf8')) as { offices: OfficeRecord[] };
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const officesCsv = (offices: OfficeRecord[]) =>
  ['code,name,kind,districtCode,subdistrictCodes,latitude,longitude,phone',
    ...offices.map((o) => [o.code, `"${o.name}"`, o.kind, o.districtCode, o.subdistrictCodes.join(';'), o.location?.latitude ?? '', o.location?.longitude ?? '', o.phone ?? ''].join(','))].join('\n');
/** Everything an import could touch, to prove a refused or repeated import wrote nothing. */
const snapshot = async () => JSON.stringify([await OfficeModel.find().sort({ code: 1 }).lean(), await ProvinceSettingModel.find().lean(), await LineUserModel.find().sort({ lineUserId: 1 }).lean()]);
const officer = (digit: string) => `U${digit.repeat(32)}`;

describe('npm run offices:import', () => {
  it('when given the sample JSON on an empty database, then it imports every office; the second time nothing changes', async () => {
    const first = await importFile(SHIPPED_OFFICES_PATH);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`หน่วยงานใหม่ ${sample.offices.length} แห่ง (added)`);
    expect(await OfficeModel.countDocuments({ active: true })).toBe(sample.offices.length);
    expect(await ProvinceSettingModel.findById('province').lean()).toMatchObject({ provinceCode: '72', sample: true });
    const before = await snapshot();
    const again = await importFile(SHIPPED_OFFICES_PATH);
    expect(again.stdout).toContain('no changes: the database already matches the file');
    expect(await snapshot()).toBe(before);
  });

  it('when given an office CSV, then offices are added, changed and deactivated for the served province, and it is no longer sample data', async () => {
    const [dropped, renamed, ...rest] = sample.offices.filter((office) => office.kind === 'local' && office.subdistrictCodes.length === 1);
    const edited = sample.offices
      .filter((office) => office.code !== dropped!.code)
      .map((office) => (office.code === renamed!.code ? { ...office, name: `${office.name} (ชื่อใหม่)` } : office));
    const added = { code: 'SAO-NEW', name: 'อบต.ที่รับช่วงตำบล', kind: 'local' as const, districtCode: dropped!.districtCode, subdistrictCodes: dropped!.subdistrictCodes, location: { latitude: 14.5, longitude: 100.1 } };
    const path = write('offices.csv', officesCsv([...edited, added]));
    const result = await importFile(path);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('หน่วยงานใหม่ 1 แห่ง (added): SAO-NEW');
    expect(result.stdout).toContain(`แก้ไข 1 แห่ง (changed): ${renamed!.code}`);
    expect(result.stdout).toContain(`(deactivated; their cases keep the code): ${dropped!.code}`);
    expect(await OfficeModel.findOne({ code: dropped!.code }).lean()).toMatchObject({ active: false });
    expect(await OfficeModel.findOne({ code: 'SAO-NEW' }).lean()).toMatchObject({ active: true, subdistrictCodes: dropped!.subdistrictCodes, location: { latitude: 14.5, longitude: 100.1 } });
    expect(await ProvinceSettingModel.findById('province').lean()).toMatchObject({ provinceCode: '72', sample: false });
    expect(rest.length).toBeGreaterThan(0);
    const before = await snapshot();
    expect((await importFile(path)).stdout).toContain('no changes');
    expect(await snapshot()).toBe(before);
  });

  it('when given an officers CSV, then each gets their role and office (clinic-staff as staff); importing it again changes nothing', async () => {
    const path = write('officers.csv', ['lineUserId,officeCode,role,displayName', `${officer('1')},SAO-NEW,officer,สมชาย`, `${officer('2')},CLINIC,clinic-staff,`].join('\n'));
    const result = await importFile(path);
    expect(result.stdout).toContain('เจ้าหน้าที่ได้บทบาทใหม่ 2 คน (officers assigned)');
    expect(await LineUserModel.findOne({ lineUserId: officer('1') }).lean()).toMatchObject({ role: 'officer', officeCode: 'SAO-NEW' });
    expect(await LineUserModel.findOne({ lineUserId: officer('2') }).lean()).toMatchObject({ role: 'staff' });
    expect(await OfficeModel.countDocuments({ active: true })).toBe(sample.offices.length);
    const before = await snapshot();
    expect((await importFile(path)).stdout).toContain('no changes');
    expect(await snapshot()).toBe(before);
  });

  it('when a file has mistakes, then every one is listed by row in Thai and English and nothing is written', async () => {
    const before = await snapshot();
    const badOffices = write('bad-offices.csv', officesCsv([...sample.offices.slice(0, 3), { code: 'A 1', name: 'x', kind: 'village' as never, districtCode: '9999', subdistrictCodes: [] }, { ...sample.offices[2]!, code: 'SAO-DUP' }]));
    const badOfficers = write('bad-officers.csv', ['lineUserId,officeCode,role', `${officer('3')},NOPE,officer`, 'U123,CLINIC,mayor'].join('\n'));
    const badJson = write('bad.json', JSON.stringify({ provinceCode: '72', offices: [{ code: 'CLINIC', name: 'ศูนย์', kind: 'clinic', districtCode: '7201', subdistrictCodes: ['720199'] }] }));
    const [offices, officers, json, syntax] = await Promise.all([importFile(badOffices), importFile(badOfficers), importFile(badJson), importFile(write('broken.json', '{"offices": ['))]);
    for (const result of [offices, officers, json, syntax]) {
      expect(result).toMatchObject({ code: 1, stdout: '' });
      expect(result.stderr).toContain('nothing was written');
    }
    expect(offices.stderr).toContain('- แถว 5 (row 5) code: รหัสหน่วยงานใช้ตัวอักษรอังกฤษ ตัวเลข และ - ได้ 2–20 ตัว / office code: 2–20 letters A–Z, digits or "-"');
    expect(offices.stderr).toContain('- แถว 5 (row 5) kind:');
    expect(offices.stderr).toMatch(/- แถว 6 \(row 6\): ตำบล \d{6} มีหน่วยงานดูแลแล้ว .* \/ sub-district \d{6} is already served by .* \(row 4\)/);
    expect(officers.stderr).toContain('- แถว 2 (row 2): ไม่พบหน่วยงาน NOPE ในรายการ / office NOPE is not in the list');
    expect(officers.stderr).toContain('- แถว 3 (row 3) role:');
    expect(json.stderr).toContain('- offices[0]: ไม่พบตำบลรหัส 720199 ในอำเภอ 7201 / sub-district 720199 is not in district 7201');
    expect(syntax.stderr).toContain('invalid JSON');
    expect(await snapshot()).toBe(before);
  });

  it('when run with --dry-run, then it shows what would change and writes nothing', async () => {
    const before = await snapshot();
    const result = await importFile(SHIPPED_OFFICES_PATH, '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--dry-run, nothing written');
    expect(result.stdout).toContain('หน่วยงานใหม่ 1 แห่ง (added)');
    expect(await snapshot()).toBe(before);
  });
});
