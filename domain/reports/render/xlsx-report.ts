import ExcelJS from 'exceljs';
import { formatThaiDateTime } from '../../time/thai-time.ts';
import { reportTables, type ReportTable, type Unit } from '../report-tables.ts';
import type { Report } from '../report-types.ts';

const NUMBER_FORMATS: Record<Unit, string> = { count: '#,##0', percent: '0.0"%"', hours: '0.0" ชม."', days: '0.0" วัน"', score: '0.00' };
const CHANGE_FORMATS: Record<Unit, string> = { count: '+#,##0;−#,##0;0', percent: '+0.0" จุด";−0.0" จุด";0', hours: '+0.0" ชม.";−0.0" ชม.";0', days: '+0.0" วัน";−0.0" วัน";0', score: '+0.00;−0.00;0' };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F4F0' } };

/** The report's tables as a workbook, one sheet a table, numbers as numbers (formatted, not text). */
export async function renderReportXlsx(report: Report): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ศูนย์ Clinic Center';
  workbook.created = new Date(report.generatedAt);
  workbook.modified = workbook.created;
  for (const table of reportTables(report)) addTableSheet(workbook, table, headingOf(report));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** What every sheet says above its table: which period, against which, when made. */
export type SheetHeading = { period: { name: string; label: string }; previous: { name: string; label: string }; generatedAt: string };

function headingOf(report: Report): SheetHeading {
  return { period: report.period, previous: report.previous, generatedAt: report.generatedAt };
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 28).trim();
  let name = base;
  for (let n = 2; taken.has(name); n += 1) name = `${base} ${n}`;
  return name;
}

export function addTableSheet(workbook: ExcelJS.Workbook, table: ReportTable, report: SheetHeading): void {
  const sheet = workbook.addWorksheet(sheetName(table.title, new Set(workbook.worksheets.map((ws) => ws.name))), { views: [{ state: 'frozen', ySplit: 4 }] });
  sheet.getCell('A1').value = table.title;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = `${report.period.label} เทียบกับ ${report.previous.label} · จัดทำเมื่อ ${formatThaiDateTime(new Date(report.generatedAt))}`;
  if (table.note) sheet.getCell('A3').value = table.note;
  const header = ['รายการ', ...table.measures.flatMap((measure) => {
    const prefix = table.measures.length > 1 ? `${measure.label}: ` : '';
    return [`${prefix}งวดนี้ (${report.period.name})`, `${prefix}งวดก่อน (${report.previous.name})`, `${prefix}เปลี่ยนแปลง`];
  })];
  const headerRow = sheet.getRow(4);
  headerRow.values = header;
  headerRow.font = { bold: true };
  headerRow.eachCell((cell) => (cell.fill = HEADER_FILL));
  table.rows.forEach((row, index) => {
    const line = sheet.getRow(5 + index);
    line.getCell(1).value = row.label;
    table.measures.forEach((measure, m) => {
      const pair = row.values[m] ?? { current: null, previous: null };
      const unit = row.unit ?? measure.unit;
      const cells = [pair.current, pair.previous, pair.current !== null && pair.previous !== null ? pair.current - pair.previous : null];
      cells.forEach((value, k) => {
        const cell = line.getCell(2 + m * 3 + k);
        cell.value = value;
        cell.numFmt = k === 2 ? CHANGE_FORMATS[unit] : NUMBER_FORMATS[unit];
      });
    });
  });
  sheet.getColumn(1).width = 48;
  for (let column = 2; column <= header.length; column += 1) sheet.getColumn(column).width = table.measures.length > 1 ? 16 : 22;
}
