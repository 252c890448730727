import { mkdtempSync, readFileSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../helpers/database.ts';
import { seedCases } from '../../../bench/lib/cases-seed.ts';
import { loadProvinceAreas } from '../../../domain/areas/admin-areas.ts';
import { staffCaseQuery } from '../../../domain/cases/case-queries.ts';
import { loadShippedOfficesIfEmpty } from '../../../domain/offices/import-offices.ts';
import { readOfficeDirectory } from '../../../domain/offices/office-directory.ts';
import { CaseModel } from '../../../models/case.ts';
import { runNpmScript } from './run-command.ts';

const db = useTestDatabase();
const dir = mkdtempSync(join(tmpdir(), 'cases-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const exportCases = (...args: string[]) => runNpmScript('cases:export', args, { MONGODB_URI: db.uri() });
const readCsv = (file: string) => parse(readFileSync(file), { bom: true, columns: true }) as Record<string, string>[];

beforeAll(async () => {
  await loadShippedOfficesIfEmpty();
  const offices = await readOfficeDirectory();
  await seedCases(400, { offices, areas: await loadProvinceAreas(offices.provinceCode), now: new Date(), villagers: 50 });
});

describe('npm run -s cases:export', () => {
  it('when run without filters, then every case is in the file (UTF-8 with BOM, Thai intact) and the row count is printed', async () => {
    const file = join(dir, 'all.csv');
    const result = await exportCases(file);
    expect(result).toMatchObject({ code: 0, stdout: `400 rows written to ${file} (ส่งออก 400 เรื่อง)\n` });
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = readCsv(file);
    expect(rows).toHaveLength(400);
    const first = await CaseModel.findOne().sort({ createdAt: 1 }).lean();
    expect(rows[0]).toMatchObject({ ticket: first!.ticket, description: first!.description });
    expect(Object.keys(rows[0]!)).toContain('subdistrict');
  });

  it('when filtered by status, office, district (by name) and dates, then exactly the matching cases', async () => {
    const busiest = (await CaseModel.aggregate<{ _id: string }>([{ $group: { _id: '$officeCode', n: { $sum: 1 } } }, { $sort: { n: -1 } }, { $limit: 1 }]))[0]!._id;
    const file = join(dir, 'filtered.csv');
    const [byOffice, byDistrict] = await Promise.all([
      exportCases(file, '--office', busiest, '--status', 'closed', '--from', '2000-01-01', '--to', '2999-12-31'),
      exportCases(join(dir, 'district.csv'), '--district', 'อู่ทอง', '--kind', 'problem'),
    ]);
    const officeCount = await CaseModel.countDocuments({ officeCode: busiest, status: 'closed' });
    expect(officeCount).toBeGreaterThan(0);
    expect(byOffice.stdout).toMatch(new RegExp(`^${officeCount} rows written`));
    expect(readCsv(file).map((row) => row.status)).toEqual(Array(officeCount).fill('ปิดเรื่องแล้ว'));
    const districtCount = await CaseModel.countDocuments(staffCaseQuery({ districtCode: '7209', kind: 'problem' }));
    expect(byDistrict.stdout).toMatch(new RegExp(`^${districtCount} rows written`));
    expect(new Set(readCsv(join(dir, 'district.csv')).map((row) => row.district))).toEqual(new Set(['อู่ทอง']));
  });

  it('when a day range is given, then it counts Bangkok calendar days, both ends included', async () => {
    const newest = await CaseModel.findOne().sort({ createdAt: -1 }).lean();
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(newest!.createdAt);
    const file = join(dir, 'day.csv');
    const result = await exportCases(file, '--from', day, '--to', day);
    const expected = await CaseModel.countDocuments(staffCaseQuery({ from: day, to: day }));
    expect(expected).toBeGreaterThan(0);
    expect(result.stdout).toMatch(new RegExp(`^${expected} rows written`));
    expect(readCsv(file).every((row) => row.created === day)).toBe(true);
  });

  it('when a filter is wrong, then a clear refusal, exit code 1 and no file', async () => {
    const file = join(dir, 'refused.csv');
    const results = await Promise.all([
      exportCases(file, '--status', 'done'),
      exportCases(file, '--from', '2026-02-30'),
      exportCases(file, '--office', 'SAO-72070'),
      exportCases(file, '--district', 'Bangkok'),
      exportCases(file, '--from', '2026-03-01', '--to', '2026-02-01'),
    ]);
    expect(results.map((result) => result.code)).toEqual([1, 1, 1, 1, 1]);
    expect(results[0]!.stderr).toContain('closed (ปิดเรื่องแล้ว)');
    expect(results[1]!.stderr).toContain('YYYY-MM-DD');
    expect(results[2]!.stderr).toContain('SAO-720702');
    expect(results[3]!.stderr).toContain('ไม่พบอำเภอ');
    expect(results[4]!.stderr).toContain('from is after to');
    expect(existsSync(file)).toBe(false);
    const usage = await exportCases('--status', 'new');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage: npm run -s cases:export');
  });

  it('when the file cannot be written, then exit code 1 and no partial file is left behind', async () => {
    const result = await exportCases(join(dir, 'missing-dir', 'x.csv'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('เขียนไฟล์');
    expect(readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);
  });
});
