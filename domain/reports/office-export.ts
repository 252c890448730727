import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Readable } from 'node:stream';
import { CaseModel } from '../../models/case.ts';
import { CASE_STATUSES, OPEN_STATUSES, type CaseStatus } from '../cases/case-statuses.ts';
import { findCategory } from '../cases/categories.ts';
import { bangkokDay, DAY_MS } from '../time/thai-time.ts';
import { KIND_LABELS, namedCaseFigures, type ReportLookups } from './build-report.ts';
import { previousPeriod, type ReportPeriod } from './report-period.ts';
import { caseTables } from './report-tables.ts';
import { addTableSheet, sheetName } from './render/xlsx-report.ts';

/**
 * What the Clinic Center sends each local office (seed 4.7): the office's cases of a period, one
 * row each, and in the workbook its figures beside the previous period. Basic data only: no
 * names, phones, LINE ids, descriptions or officers' names, so the file can be passed on.
 */
const COLUMNS = ['เลขที่เรื่อง', 'ประเภท', 'หมวด', 'สถานะ', 'วันที่แจ้ง', 'กำหนดเสร็จ', 'วันที่รับเรื่อง', 'วันที่แก้ไขเสร็จ', 'วันที่ปิดเรื่อง', 'อำเภอ', 'ตำบล', 'วันที่ใช้แก้ไข', 'ทันกำหนด', 'คะแนนความพึงพอใจ'] as const;
const PROJECTION = { ticket: 1, kind: 1, category: 1, status: 1, createdAt: 1, dueAt: 1, acceptedAt: 1, resolvedAt: 1, closedAt: 1, area: 1, 'rating.score': 1 } as const;

type Row = Record<(typeof COLUMNS)[number], string | number>;
type ExportedCase = { ticket: string; kind: string; category: string; status: string; createdAt: Date; dueAt: Date; acceptedAt?: Date | null; resolvedAt?: Date | null; closedAt?: Date | null; area?: { districtCode?: string | null; subdistrictCode?: string | null } | null; rating?: { score?: number | null } | null };

/** The office's cases of the period: received in it, resolved in it, or still open at its end. */
function officeCases(officeCode: string, period: ReportPeriod) {
  const filter = { officeCode, createdAt: { $lt: period.end }, $or: [{ createdAt: { $gte: period.start } }, { resolvedAt: { $gte: period.start, $lt: period.end } }, { status: { $in: OPEN_STATUSES } }] };
  return CaseModel.find(filter, PROJECTION).sort({ createdAt: 1, _id: 1 }).lean().cursor();
}

function toRow(stored: ExportedCase, lookups: ReportLookups): Row {
  const sub = stored.area?.subdistrictCode ? lookups.areas.subdistrict(stored.area.subdistrictCode) : undefined;
  const district = lookups.areas.district(sub?.districtCode ?? stored.area?.districtCode ?? '');
  const day = (date: Date | null | undefined) => (date ? bangkokDay(date) : '');
  const resolved = stored.resolvedAt ?? null;
  return {
    เลขที่เรื่อง: stored.ticket,
    ประเภท: KIND_LABELS[stored.kind] ?? stored.kind,
    หมวด: findCategory(stored.category)?.name ?? stored.category,
    สถานะ: CASE_STATUSES[stored.status as CaseStatus]?.label ?? stored.status,
    วันที่แจ้ง: day(stored.createdAt),
    กำหนดเสร็จ: day(stored.dueAt),
    วันที่รับเรื่อง: day(stored.acceptedAt),
    วันที่แก้ไขเสร็จ: day(resolved),
    วันที่ปิดเรื่อง: day(stored.closedAt),
    อำเภอ: district?.name ?? '',
    ตำบล: sub?.name ?? '',
    วันที่ใช้แก้ไข: resolved ? Math.round(((resolved.getTime() - stored.createdAt.getTime()) / DAY_MS) * 10) / 10 : '',
    ทันกำหนด: resolved ? (resolved <= stored.dueAt ? 'ทัน' : 'ไม่ทัน') : '',
    คะแนนความพึงพอใจ: stored.rating?.score ?? '',
  };
}

/** The rows as CSV (UTF-8 with a BOM for Excel), streamed from a cursor. */
export function officeCasesCsv(officeCode: string, period: ReportPeriod, lookups: ReportLookups): Readable {
  const csv = stringify({ header: true, columns: [...COLUMNS], bom: true });
  void (async () => {
    try {
      for await (const stored of officeCases(officeCode, period)) {
        if (!csv.write(toRow(stored as ExportedCase, lookups))) await new Promise((resolve) => csv.once('drain', resolve));
      }
      csv.end();
    } catch (error) {
      csv.destroy(error as Error);
    }
  })();
  return csv;
}

/** A workbook: the office's figures beside the previous period (three sheets), then every case. */
export async function officeWorkbook(officeCode: string, period: ReportPeriod, lookups: ReportLookups, now: Date): Promise<{ workbook: ExcelJS.Workbook; rows: number }> {
  const previous = previousPeriod(period);
  const only = { officeCode };
  const [current, before] = await Promise.all([namedCaseFigures(period, lookups, only), namedCaseFigures(previous, lookups, only)]);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ศูนย์ Clinic Center';
  workbook.created = now;
  const heading = { period, previous, generatedAt: now.toISOString() };
  for (const table of caseTables(current, before)) addTableSheet(workbook, table, heading);
  const sheet = workbook.addWorksheet(sheetName('รายการเรื่อง', new Set()), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((header) => ({ header, key: header, width: header === 'หมวด' ? 28 : 16 }));
  sheet.getRow(1).font = { bold: true };
  let rows = 0;
  for await (const stored of officeCases(officeCode, period)) {
    sheet.addRow(toRow(stored as ExportedCase, lookups));
    rows += 1;
  }
  return { workbook, rows };
}
