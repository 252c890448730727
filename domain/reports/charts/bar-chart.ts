import { nice, ticks } from 'd3-array';

/**
 * A horizontal bar chart as geometry: one row per category (long Thai names read best on the
 * left), one bar per series in each row, gridlines at round numbers. The PDF, the public page's
 * SVG and the LIFF page draw the same layout. Pure.
 */
export type BarSeries = { name: string; color: string; values: number[] };
export type BarChartInput = { categories: string[]; series: BarSeries[]; width: number; labelWidth?: number; barHeight?: number };
export type Bar = { x: number; y: number; width: number; height: number; color: string; value: number; series: string; category: string };
export type BarLayout = {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  bars: Bar[];
  rows: { label: string; y: number; height: number }[];
  gridlines: { value: number; x: number }[];
  legend: { name: string; color: string }[];
};

const ROW_GAP = 6;
const AXIS_HEIGHT = 14;
const VALUE_ROOM = 34;

export function layoutBarChart(input: BarChartInput): BarLayout {
  const labelWidth = input.labelWidth ?? Math.round(input.width * 0.38);
  const barHeight = input.barHeight ?? 9;
  const rowHeight = barHeight * Math.max(1, input.series.length) + ROW_GAP;
  const plot = { x: labelWidth, y: 0, width: Math.max(40, input.width - labelWidth - VALUE_ROOM), height: rowHeight * input.categories.length };
  const max = Math.max(0, ...input.series.flatMap((series) => series.values));
  const [, top] = max > 0 ? nice(0, max, 4) : [0, 1];
  const scale = (value: number) => (plot.width * value) / top;
  const bars = input.categories.flatMap((category, row) =>
    input.series.map((series, index) => ({
      x: plot.x,
      y: row * rowHeight + ROW_GAP / 2 + index * barHeight,
      width: scale(series.values[row] ?? 0),
      height: barHeight - 1,
      color: series.color,
      value: series.values[row] ?? 0,
      series: series.name,
      category,
    })),
  );
  return {
    width: input.width,
    height: plot.height + AXIS_HEIGHT,
    plot,
    bars,
    rows: input.categories.map((label, row) => ({ label, y: row * rowHeight, height: rowHeight })),
    // Counts of people and cases: no gridline at 0.5.
    gridlines: ticks(0, top, 4).filter(Number.isInteger).map((value) => ({ value, x: plot.x + scale(value) })),
    legend: input.series.map(({ name, color }) => ({ name, color })),
  };
}

/** The report's two colours: this period strong, the previous one muted. */
export const PERIOD_COLORS = { current: '#0F6E5A', previous: '#A7C4BC' } as const;
