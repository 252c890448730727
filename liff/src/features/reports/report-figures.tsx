import { formatChange, formatValue } from '../../../../domain/reports/report-format.ts';
import type { ReportTable } from '../../../../domain/reports/report-tables.ts';

/** Key figures as cards: this period's value large, the previous period's and the change beneath. */
export function KeyFigures({ table }: { table: ReportTable }) {
  return (
    <ul class="report-tiles">
      {table.rows.map((row) => {
        const pair = row.values[0]!;
        const unit = row.unit ?? 'count';
        return (
          <li key={row.label} class="report-tile">
            <span class="report-tile-label">{row.label}</span>
            <strong>{formatValue(pair.current, unit)}</strong>
            <span class="report-tile-change">งวดก่อน {formatValue(pair.previous, unit)} · {formatChange(pair, unit)}</span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * A report table at phone width: one row per item, each measure on its own line with this
 * period's value, the previous one and the change (nine columns do not fit 360 pixels).
 */
export function ReportTableView({ table }: { table: ReportTable }) {
  return (
    <details class="report-table card" open={table.id === 'cases'}>
      <summary>{table.title}</summary>
      {table.note && <p class="hint">{table.note}</p>}
      {table.rows.length === 0 && <p class="hint">ไม่มีข้อมูลในงวดนี้และงวดก่อน</p>}
      <dl>
        {table.rows.map((row, index) => (
          <div key={`${row.label}-${index}`} class="report-row">
            <dt>{table.measures.length === 0 ? `${index + 1}. ${row.label}` : row.label}</dt>
            {table.measures.map((measure, m) => {
              const pair = row.values[m] ?? { current: null, previous: null };
              const unit = row.unit ?? measure.unit;
              return (
                <dd key={measure.label}>
                  {table.measures.length > 1 && <span class="report-measure">{measure.label}</span>}
                  <strong>{formatValue(pair.current, unit)}</strong>
                  <span class="report-before">ก่อน {formatValue(pair.previous, unit)} · {formatChange(pair, unit)}</span>
                </dd>
              );
            })}
          </div>
        ))}
      </dl>
    </details>
  );
}
