import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../helpers/database.ts';
import { runNpmScript } from '../scripts/run-command.ts';
import { bkk, SEEDED_PERSONAL, seedReportData } from '../../helpers/report-seed.ts';
import { joinSaraAm, pdfPagesText, renderPdfPage } from '../../helpers/pdf-pages.ts';
import { loadShippedOfficesIfEmpty } from '../../../domain/offices/import-offices.ts';
import { readOfficeDirectory } from '../../../domain/offices/office-directory.ts';
import { loadProvinceAreas } from '../../../domain/areas/admin-areas.ts';
import { buildReport } from '../../../domain/reports/build-report.ts';
import { parsePeriod } from '../../../domain/reports/report-period.ts';
import { renderReportPdf } from '../../../domain/reports/render/pdf-report.ts';
import type { Report } from '../../../domain/reports/report-types.ts';
import { renderReportCsv } from '../../../domain/reports/render/csv-report.ts';
import { renderReportXlsx } from '../../../domain/reports/render/xlsx-report.ts';

const db = useTestDatabase();
const dir = mkdtempSync(join(tmpdir(), 'report-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let report: Report;
let pdf: Buffer;

beforeAll(async () => {
  await loadShippedOfficesIfEmpty();
  await seedReportData();
  const offices = await readOfficeDirectory();
  report = await buildReport(parsePeriod('2570-H1')!, { offices, areas: await loadProvinceAreas(offices.provinceCode) }, bkk('2027-04-01 08:00'));
  pdf = await renderReportPdf(report);
});

describe('the report PDF', () => {
  it('when opened, then the first page is the Thai summary with the period and key figures', async () => {
    const pages = (await pdfPagesText(pdf)).map(joinSaraAm);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const first = pages[0]!;
    expect(first).toContain('รายงานผลการดำเนินงาน ศูนย์ Clinic Center');
    expect(first).toContain('ครึ่งปีแรก ปีงบประมาณ 2570 (1 ต.ค. 2569 – 31 มี.ค. 2570)');
    expect(first).toContain('เรื่องที่รับใหม่');
    expect(first).toContain('คะแนนความพึงพอใจของผู้แจ้ง');
    expect(first).toContain('หน้า 1/');
    await renderPdfPage(pdf, 1, 'test-results/reports/report-page-1.png');
    await renderPdfPage(pdf, 2, 'test-results/reports/report-page-2.png');
  });

  it('when the tables follow, then they carry the categories, offices and reasons in Thai', async () => {
    const rest = (await pdfPagesText(pdf)).slice(1).map(joinSaraAm).join('\n');
    expect(rest).toContain('แยกตามหมวดเรื่อง');
    expect(rest).toContain('ท่อระบายน้ำ น้ำท่วมขัง');
    expect(rest).toContain('เทศบาลเมืองสุพรรณบุรี');
    expect(rest).toContain('ไม่อยู่ในอำนาจหน้าที่');
  });
});

describe('the report workbook and CSV', () => {
  it('when the workbook is opened, then each table is a sheet with numbers as numbers beside the previous period', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderReportXlsx(report)) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('แยกตามหมวดเรื่อง');
    const cases = workbook.getWorksheet('เรื่องแจ้งปัญหาและขอคำปรึกษา')!;
    expect(cases.getRow(4).values).toEqual([undefined, 'รายการ', 'งวดนี้ (2570-H1)', 'งวดก่อน (2569-H2)', 'เปลี่ยนแปลง']);
    expect(cases.getRow(5).values).toEqual([undefined, 'เรื่องที่รับใหม่', 6, 4, 2]);
    const categories = workbook.getWorksheet('แยกตามหมวดเรื่อง')!;
    const road = categories.getRows(5, categories.rowCount - 4)!.find((row) => row.getCell(1).value === 'ถนน ทางเท้า สะพานชำรุด')!;
    expect(road.values).toEqual([undefined, 'ถนน ทางเท้า สะพานชำรุด', 2, 1, 1, 1, 1, 0, 1, 0, 1]);
  });

  it('when the CSV is read, then every value is a row with its unit, this period, the previous one and the change', () => {
    const rows = parse(renderReportCsv(report), { bom: true, columns: true }) as Record<string, string>[];
    const row = (table: string, label: string, measure = '') => rows.find((r) => r['ตาราง'] === table && r['รายการ'] === label && r['ตัวชี้วัด'] === measure);
    expect(row('ระยะเวลาดำเนินการ', 'รับเรื่อง: มัธยฐาน')).toEqual({ ตาราง: 'ระยะเวลาดำเนินการ', รายการ: 'รับเรื่อง: มัธยฐาน', ตัวชี้วัด: '', หน่วย: 'ชั่วโมง', 'งวดนี้ (2570-H1)': '13', 'งวดก่อน (2569-H2)': '3.5', เปลี่ยนแปลง: '9.5' });
    expect(row('แยกตามหมวดเรื่อง', 'ขยะ ความสะอาด', 'ค้าง')).toMatchObject({ 'งวดนี้ (2570-H1)': '1', 'งวดก่อน (2569-H2)': '0' });
    expect(row('ความพึงพอใจของผู้แจ้ง', 'อัตราการตอบ (ต่อเรื่องที่เสร็จ)')).toMatchObject({ หน่วย: 'ร้อยละ', 'งวดนี้ (2570-H1)': '66.667', 'งวดก่อน (2569-H2)': '100' });
  });

  it('when npm run report is run for a period, then the three files are written under the period name', async () => {
    const result = await runNpmScript('report', ['--period', '2570-H1', '--out', dir], { MONGODB_URI: db.uri() });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${join(dir, 'report-2570-H1.pdf')}`);
    expect(readFileSync(join(dir, 'report-2570-H1.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(dir, 'report-2570-H1.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'report-2570-H1.xlsx'));
    expect(workbook.getWorksheet('ตัวชี้วัดหลัก')!.getRow(5).values).toEqual([undefined, 'เรื่องที่รับใหม่', 6, 4, 2]);
  });

  it('when the PDF, the workbook and the CSV are searched, then no seeded name, phone or LINE id is in them', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderReportXlsx(report)) as unknown as ExcelJS.Buffer);
    const outputs = [(await pdfPagesText(pdf)).join('\n'), renderReportCsv(report).toString('utf8'), workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String)).join('\n'), JSON.stringify(report)];
    for (const output of outputs) for (const needle of [...SEEDED_PERSONAL.names, ...SEEDED_PERSONAL.phones, ...SEEDED_PERSONAL.lineUserIds]) expect(output).not.toContain(needle);
  });

  it('when the period is not one, then the command refuses with the forms it takes', async () => {
    const result = await runNpmScript('report', ['--period', '2570-H3'], { MONGODB_URI: db.uri() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('งวดไม่ถูกต้อง (unknown period) "2570-H3"');
  });
});
