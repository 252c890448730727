import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../helpers/database.ts';
import { SEEDED_PERSONAL, seedReportData } from '../../helpers/report-seed.ts';
import { runNpmScript } from '../scripts/run-command.ts';

const db = useTestDatabase();
const dir = mkdtempSync(join(tmpdir(), 'office-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const exportOffice = (...args: string[]) => runNpmScript('export:office', args, { MONGODB_URI: db.uri() });
const PERSONAL = [...SEEDED_PERSONAL.names, ...SEEDED_PERSONAL.phones, ...SEEDED_PERSONAL.lineUserIds];

beforeAll(async () => {
  await seedReportData();
});

describe('npm run -s export:office', () => {
  it('when an office is exported as CSV, then stdout holds its cases of the period and nobody in them', async () => {
    const result = await exportOffice('MUN-7201', '--period', '2570-H1');
    expect(result.code).toBe(0);
    const rows = parse(result.stdout, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row['เลขที่เรื่อง'])).toEqual(['CC-2569-90002', 'CC-2569-90001', 'CC-2570-00001', 'CC-2570-00002', 'CC-2569-90003']);
    expect(rows[1]).toMatchObject({ หมวด: 'ถนน ทางเท้า สะพานชำรุด', สถานะ: 'ปิดเรื่องแล้ว', วันที่แจ้ง: '2026-10-01', วันที่แก้ไขเสร็จ: '2026-10-04', อำเภอ: 'เมืองสุพรรณบุรี', ตำบล: 'ท่าพี่เลี้ยง', วันที่ใช้แก้ไข: '3', ทันกำหนด: 'ทัน', คะแนนความพึงพอใจ: '5' });
    for (const needle of PERSONAL) expect(result.stdout).not.toContain(needle);
  });

  it('when exported as Excel, then the office figures sit beside the previous half and the case list follows', async () => {
    const file = join(dir, 'mun.xlsx');
    const result = await exportOffice('MUN-7201', '--period', '2570-H1', '--format', 'xlsx', '--out', file);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toContain('เทศบาลเมืองสุพรรณบุรี: 5 เรื่อง');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['เรื่องแจ้งปัญหาและขอคำปรึกษา', 'ระยะเวลาดำเนินการ', 'ความพึงพอใจของผู้แจ้ง', 'รายการเรื่อง']);
    expect(workbook.getWorksheet('เรื่องแจ้งปัญหาและขอคำปรึกษา')!.getRow(5).values).toEqual([undefined, 'เรื่องที่รับใหม่', 4, 4, 0]);
    expect(workbook.getWorksheet('รายการเรื่อง')!.rowCount).toBe(6);
    const text = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String)).join('\n');
    for (const needle of PERSONAL) expect(text).not.toContain(needle);
  });

  it('when the office code is unknown, then it is refused with the close matches', async () => {
    const result = await exportOffice('MUN-720');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('ไม่พบหน่วยงานรหัส "MUN-720"');
    expect(result.stderr).toContain('MUN-7201');
  });
});
