import PDFDocument from 'pdfkit';
import { formatThaiDateTime } from '../../time/thai-time.ts';
import { layoutBarChart } from '../charts/bar-chart.ts';
import { categoryChartData, ratingChartData } from '../charts/report-charts.ts';
import { formatChange, formatValue } from '../report-format.ts';
import { reportHighlights } from '../report-highlights.ts';
import { reportTables, type ReportTable } from '../report-tables.ts';
import type { Report } from '../report-types.ts';
import { drawBarChart, drawLegend } from './pdf-chart.ts';
import { drawTable, type PageFrame } from './pdf-table.ts';
import { drawLine, drawWrapped, PDF_FONTS } from './pdf-text.ts';

type Doc = InstanceType<typeof PDFDocument>;
const MARGIN = 40;
const BRAND = '#0F6E5A';
const INK = '#1D2624';
const MUTED = '#5B6764';

/** The report as a Thai PDF: one summary page (key figures, two charts), then every table. */
export async function renderReportPdf(report: Report): Promise<Buffer> {
  const generated = new Date(report.generatedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: 'th-TH',
    displayTitle: true,
    info: { Title: `รายงานผลการดำเนินงาน ${report.period.name}`, Author: 'ศูนย์ Clinic Center', CreationDate: generated, ModDate: generated },
  });
  doc.registerFont('regular', PDF_FONTS.regular);
  doc.registerFont('bold', PDF_FONTS.bold);
  const done = collect(doc);
  const tables = reportTables(report);
  drawSummaryPage(doc, report, tables);
  const frame: PageFrame = { left: MARGIN, width: doc.page.width - 2 * MARGIN, top: MARGIN, bottom: doc.page.height - MARGIN - 20, newPage: () => doc.addPage() };
  doc.addPage();
  let y: number = MARGIN;
  for (const table of tables.filter((candidate) => candidate.id !== 'summary')) y = drawTable(doc, table, frame, y);
  drawFooters(doc, report);
  doc.end();
  return done;
}

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function drawSummaryPage(doc: Doc, report: Report, tables: ReportTable[]): void {
  const width = doc.page.width - 2 * MARGIN;
  doc.rect(0, 0, doc.page.width, 92).fill(BRAND);
  doc.font('bold').fontSize(17).fillColor('#FFFFFF');
  drawLine(doc, 'รายงานผลการดำเนินงาน ศูนย์ Clinic Center', MARGIN, 22, width);
  doc.font('regular').fontSize(11.5);
  drawLine(doc, report.period.label, MARGIN, 48, width);
  doc.fontSize(9);
  drawLine(doc, `เทียบกับ${report.previous.label.startsWith('ครึ่ง') ? '' : 'ช่วง '}${report.previous.label} · จัดทำเมื่อ ${formatThaiDateTime(new Date(report.generatedAt))}`, MARGIN, 68, width);
  const summary = tables.find((table) => table.id === 'summary')!;
  let y = drawTiles(doc, summary, 110, width);
  y = drawChartBlock(doc, 'เรื่องที่รับใหม่ แยกตามหมวด (สูงสุด 8 หมวด)', layoutBarChart({ ...categoryChartData(report), width, barHeight: 7 }), y + 8);
  y = drawChartBlock(doc, 'คะแนนความพึงพอใจของผู้แจ้ง (จำนวนคน)', layoutBarChart({ ...ratingChartData(report), width, barHeight: 7 }), y + 4);
  drawHighlights(doc, reportHighlights(report), y + 4, width);
}

function drawHighlights(doc: Doc, lines: string[], top: number, width: number): void {
  doc.font('bold').fontSize(11).fillColor('#0A5243');
  drawLine(doc, 'ข้อสังเกต', MARGIN, top, width);
  doc.font('regular').fontSize(9.5).fillColor(INK);
  let y = top + 18;
  for (const line of lines) {
    if (y > doc.page.height - MARGIN - 30) return;
    doc.circle(MARGIN + 3, y + 7, 1.6).fill(BRAND);
    doc.fillColor(INK);
    y += drawWrapped(doc, line, MARGIN + 10, y, width - 10) + 2;
  }
}

/** Key figures as tiles, two a row: the value, then the previous period's and the change. */
function drawTiles(doc: Doc, summary: ReportTable, top: number, width: number): number {
  const tileWidth = (width - 10) / 2;
  const tileHeight = 50;
  summary.rows.forEach((row, index) => {
    const x = MARGIN + (index % 2) * (tileWidth + 10);
    const y = top + Math.floor(index / 2) * (tileHeight + 8);
    const pair = row.values[0]!;
    const unit = row.unit ?? 'count';
    doc.roundedRect(x, y, tileWidth, tileHeight, 6).lineWidth(0.8).strokeColor('#CFD8D5').stroke();
    doc.font('regular').fontSize(9).fillColor(MUTED);
    drawLine(doc, row.label, x + 10, y + 6, tileWidth - 20);
    doc.font('bold').fontSize(16).fillColor(INK);
    drawLine(doc, formatValue(pair.current, unit), x + 10, y + 19, tileWidth / 2);
    doc.font('regular').fontSize(8.5).fillColor(MUTED);
    drawWrapped(doc, `งวดก่อน ${formatValue(pair.previous, unit)} · ${formatChange(pair, unit)}`, x + tileWidth / 2 - 10, y + 25, tileWidth / 2);
  });
  return top + Math.ceil(summary.rows.length / 2) * (tileHeight + 8);
}

function drawChartBlock(doc: Doc, title: string, layout: ReturnType<typeof layoutBarChart>, y: number): number {
  doc.font('bold').fontSize(11).fillColor('#0A5243');
  drawLine(doc, title, MARGIN, y, 400);
  drawLegend(doc, layout.legend, MARGIN + 330, y + 2);
  return y + 20 + drawBarChart(doc, layout, MARGIN, y + 20) + 10;
}

/** «หน้า n/N» and the period on every page, written once all pages exist. */
function drawFooters(doc: Doc, report: Report): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    doc.font('regular').fontSize(8).fillColor(MUTED);
    const y = doc.page.height - MARGIN + 6;
    drawLine(doc, `รายงาน ${report.period.name} · ไม่มีข้อมูลส่วนบุคคล`, MARGIN, y, 300);
    drawLine(doc, `หน้า ${index + 1}/${range.count}`, doc.page.width - MARGIN - 100, y, 100, 'right');
  }
}
