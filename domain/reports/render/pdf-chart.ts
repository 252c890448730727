import type PDFDocument from 'pdfkit';
import type { BarLayout } from '../charts/bar-chart.ts';
import { drawLine } from './pdf-text.ts';

type Doc = InstanceType<typeof PDFDocument>;
const INK = '#1D2624';
const MUTED = '#5B6764';
const GRID = '#D5DEDB';
const number = new Intl.NumberFormat('th-TH');

/** Draws a bar layout with pdfkit's vector API at (x, y): vectors in the PDF, sharp at any zoom. */
export function drawBarChart(doc: Doc, layout: BarLayout, x: number, y: number): number {
  doc.save();
  doc.font('regular').fontSize(7.5).fillColor(MUTED);
  for (const line of layout.gridlines) {
    doc.moveTo(x + line.x, y).lineTo(x + line.x, y + layout.plot.height).lineWidth(0.5).strokeColor(GRID).stroke();
    drawLine(doc, number.format(line.value), x + line.x - 20, y + layout.plot.height + 2, 40, 'center');
  }
  doc.fontSize(8).fillColor(INK);
  for (const row of layout.rows) drawLine(doc, row.label, x, y + row.y + row.height / 2 - 5, layout.plot.x - 6, 'right');
  doc.fontSize(7);
  for (const bar of layout.bars) {
    if (bar.width > 0) doc.rect(x + bar.x, y + bar.y, bar.width, bar.height).fill(bar.color);
    doc.fillColor(MUTED);
    drawLine(doc, number.format(bar.value), x + bar.x + bar.width + 2, y + bar.y - 1, 30);
  }
  doc.restore();
  return layout.height;
}

/** The legend: a swatch and a name per series, on one line. */
export function drawLegend(doc: Doc, legend: BarLayout['legend'], x: number, y: number): void {
  doc.save().font('regular').fontSize(8);
  let at = x;
  for (const item of legend) {
    doc.rect(at, y + 2, 8, 8).fill(item.color);
    doc.fillColor(INK);
    drawLine(doc, item.name, at + 11, y, 200);
    at += 11 + doc.widthOfString(item.name) + 14;
  }
  doc.restore();
}
