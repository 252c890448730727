import { layoutBarChart, type BarSeries } from '../../../../domain/reports/charts/bar-chart.ts';

const number = new Intl.NumberFormat('th-TH');
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** Long Thai names are cut between letters, never between a letter and its vowel or tone mark. */
function shorten(text: string, max: number): string {
  const letters = [...graphemes.segment(text)].map((part) => part.segment);
  return letters.length > max ? `${letters.slice(0, max - 1).join('')}…` : text;
}

/**
 * The report's horizontal bar chart as SVG: the same layout the PDF draws, so the page and the
 * file agree. The figures are also in the table below it, which is what screen readers get.
 */
export function BarChartSvg({ title, categories, series }: { title: string; categories: string[]; series: BarSeries[] }) {
  const layout = layoutBarChart({ categories, series, width: 300, labelWidth: 118, barHeight: 11 });
  return (
    <figure class="report-chart">
      <figcaption>{title}</figcaption>
      <ul class="report-legend" aria-hidden="true">
        {layout.legend.map((item) => (
          <li key={item.name}>
            <span style={{ background: item.color }} />
            {item.name}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} width="100%" role="img" aria-label={title}>
        {layout.gridlines.map((line) => (
          <g key={line.value}>
            <line x1={line.x} x2={line.x} y1={0} y2={layout.plot.height} stroke="#D5DEDB" stroke-width="0.6" />
            <text x={line.x} y={layout.height - 2} font-size="10" text-anchor="middle" fill="#5B6764">{number.format(line.value)}</text>
          </g>
        ))}
        {layout.rows.map((row) => (
          <text key={row.label} x={layout.plot.x - 5} y={row.y + row.height / 2 + 4} font-size="11" text-anchor="end" fill="#1D2624">
            {shorten(row.label, 17)}
          </text>
        ))}
        {layout.bars.map((bar) => (
          <g key={`${bar.category}-${bar.series}`}>
            <rect x={bar.x} y={bar.y} width={Math.max(bar.width, 0.5)} height={bar.height} fill={bar.color} />
            <text x={bar.x + bar.width + 3} y={bar.y + bar.height - 1} font-size="10" fill="#5B6764">{number.format(bar.value)}</text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
