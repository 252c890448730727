import { stringify } from 'csv-stringify/sync';
import { reportTables } from '../report-tables.ts';
import type { Report } from '../report-types.ts';
import { flatCells, UNIT_LABELS } from './table-cells.ts';

/**
 * Every table of the report in one CSV, one value a line (table, row, measure, unit, this period,
 * the previous one, the change), so a spreadsheet or a script can filter it. UTF-8 with a BOM for Excel.
 */
export function renderReportCsv(report: Report): Buffer {
  const header = ['ตาราง', 'รายการ', 'ตัวชี้วัด', 'หน่วย', `งวดนี้ (${report.period.name})`, `งวดก่อน (${report.previous.name})`, 'เปลี่ยนแปลง'];
  const round = (value: number | null) => (value === null ? '' : String(Math.round(value * 1000) / 1000));
  const rows = reportTables(report).flatMap(flatCells).map((cell) => [cell.table, cell.row, cell.measure, cell.measure || cell.current !== null || cell.previous !== null ? UNIT_LABELS[cell.unit] : '', round(cell.current), round(cell.previous), round(cell.change)]);
  return Buffer.from(stringify([header, ...rows], { bom: true }), 'utf8');
}
