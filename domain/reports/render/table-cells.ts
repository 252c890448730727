import { changeOf } from '../report-format.ts';
import type { ReportTable, Unit } from '../report-tables.ts';

/** One value of a table, flattened for the workbook and the CSV: raw numbers, the unit beside them. */
export type FlatCell = { table: string; row: string; measure: string; unit: Unit; current: number | null; previous: number | null; change: number | null };

export const UNIT_LABELS: Record<Unit, string> = { count: 'จำนวน', percent: 'ร้อยละ', hours: 'ชั่วโมง', days: 'วัน', score: 'คะแนน (เต็ม 5)' };

export function flatCells(table: ReportTable): FlatCell[] {
  if (table.measures.length === 0) return table.rows.map((row) => ({ table: table.title, row: row.label, measure: '', unit: 'count', current: null, previous: null, change: null }));
  return table.rows.flatMap((row) =>
    table.measures.map((measure, index) => {
      const pair = row.values[index] ?? { current: null, previous: null };
      const unit = row.unit ?? measure.unit;
      return { table: table.title, row: row.label, measure: table.measures.length > 1 ? measure.label : '', unit, current: pair.current, previous: pair.previous, change: changeOf(pair, unit).delta };
    }),
  );
}
