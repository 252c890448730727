import type PDFDocument from 'pdfkit';
import { formatChange, formatValue } from '../report-format.ts';
import type { ReportTable, TableRow } from '../report-tables.ts';
import { drawLine, wrapLines } from './pdf-text.ts';

type Doc = InstanceType<typeof PDFDocument>;
export type PageFrame = { left: number; width: number; top: number; bottom: number; newPage(): void };

const FONT_SIZE = 9;
const PAD = 3;
const HEADER_FILL = '#E8F4F0';
const RULE = '#CFD8D5';

type Columns = { label: number; value: number; perMeasure: number };

function columnsFor(table: ReportTable, width: number): Columns {
  const measures = table.measures.length;
  if (measures === 0) return { label: width, value: 0, perMeasure: 0 };
  const value = measures === 1 ? 88 : 40;
  return { label: width - value * 3 * measures, value, perMeasure: value * 3 };
}

/**
 * A comparison table: each measure as «งวดนี้ | งวดก่อน | เปลี่ยนแปลง», rows that wrap their Thai
 * label, the header repeated on each page it runs onto. Returns the y below it.
 */
export function drawTable(doc: Doc, table: ReportTable, frame: PageFrame, startY: number): number {
  const cols = columnsFor(table, frame.width);
  let y = startY;
  const ensure = (height: number) => {
    if (y + height <= frame.bottom) return;
    frame.newPage();
    y = frame.top;
    y = drawHeader(doc, table, frame, cols, y);
  };
  doc.font('bold').fontSize(11).fillColor('#0A5243');
  ensure(60);
  drawLine(doc, table.title, frame.left, y, frame.width);
  y += 17;
  if (table.note) {
    doc.font('regular').fontSize(8.5).fillColor('#5B6764');
    for (const line of wrapLines(doc, table.note, frame.width)) {
      drawLine(doc, line, frame.left, y, frame.width);
      y += 12;
    }
  }
  y = drawHeader(doc, table, frame, cols, y);
  if (table.rows.length === 0) {
    doc.font('regular').fontSize(FONT_SIZE).fillColor('#5B6764');
    drawLine(doc, 'ไม่มีข้อมูลในงวดนี้และงวดก่อน', frame.left + PAD, y + PAD, frame.width);
    return y + 20;
  }
  for (const [index, row] of table.rows.entries()) {
    doc.font('regular').fontSize(FONT_SIZE);
    const label = table.measures.length === 0 ? `${index + 1}. ${row.label}` : row.label;
    const lines = wrapLines(doc, label, cols.label - 2 * PAD);
    const height = lines.length * 12 + 2 * PAD;
    ensure(height);
    drawRow(doc, table, row, lines, frame, cols, y, height);
    y += height;
  }
  return y + 14;
}

function drawHeader(doc: Doc, table: ReportTable, frame: PageFrame, cols: Columns, y: number): number {
  if (table.measures.length === 0) return y;
  const twoLevels = table.measures.length > 1;
  const height = twoLevels ? 30 : 17;
  doc.rect(frame.left, y, frame.width, height).fill(HEADER_FILL);
  doc.font('bold').fontSize(8.5).fillColor('#1D2624');
  drawLine(doc, 'รายการ', frame.left + PAD, y + PAD, cols.label);
  table.measures.forEach((measure, index) => {
    const x = frame.left + cols.label + index * cols.perMeasure;
    if (twoLevels) drawLine(doc, measure.label, x, y + PAD, cols.perMeasure, 'center');
    const subY = twoLevels ? y + 15 : y + PAD;
    ['งวดนี้', 'งวดก่อน', twoLevels ? '±' : 'เปลี่ยนแปลง'].forEach((name, sub) => drawLine(doc, name, x + sub * cols.value, subY, cols.value - PAD, 'right'));
  });
  return y + height;
}

function drawRow(doc: Doc, table: ReportTable, row: TableRow, lines: string[], frame: PageFrame, cols: Columns, y: number, height: number): void {
  doc.fillColor('#1D2624');
  lines.forEach((line, index) => drawLine(doc, line, frame.left + PAD, y + PAD + index * 12, cols.label - 2 * PAD));
  table.measures.forEach((measure, index) => {
    const pair = row.values[index] ?? { current: null, previous: null };
    const unit = row.unit ?? measure.unit;
    const x = frame.left + cols.label + index * cols.perMeasure;
    const change = table.measures.length > 1 ? formatChange(pair, unit).replace(/ \(.*\)$/, '') : formatChange(pair, unit);
    doc.font('bold');
    drawLine(doc, formatValue(pair.current, unit), x, y + PAD, cols.value - PAD, 'right');
    doc.font('regular');
    drawLine(doc, formatValue(pair.previous, unit), x + cols.value, y + PAD, cols.value - PAD, 'right');
    drawLine(doc, change, x + 2 * cols.value, y + PAD, cols.value - PAD, 'right');
  });
  doc.moveTo(frame.left, y + height).lineTo(frame.left + frame.width, y + height).lineWidth(0.5).strokeColor(RULE).stroke();
}
