import type { Report } from '../report-types.ts';
import { PERIOD_COLORS, type BarSeries } from './bar-chart.ts';

/** What a chart of the report shows, before any layout: the PDF and the staff page draw the same data. Pure. */
export type ChartData = { categories: string[]; series: BarSeries[] };

const TOP_CATEGORIES = 8;
const SCORES = [5, 4, 3, 2, 1];

function periodSeries(report: Report, current: number[], previous: number[]): BarSeries[] {
  return [
    { name: `งวดนี้ (${report.period.name})`, color: PERIOD_COLORS.current, values: current },
    { name: `งวดก่อน (${report.previous.name})`, color: PERIOD_COLORS.previous, values: previous },
  ];
}

/** New cases by category, the period's busiest eight, beside the previous period's. */
export function categoryChartData(report: Report): ChartData {
  const top = [...report.current.cases.byCategory].sort((a, b) => b.received - a.received).slice(0, TOP_CATEGORIES);
  const before = (key: string) => report.before.cases.byCategory.find((row) => row.key === key)?.received ?? 0;
  return { categories: top.map((row) => row.label), series: periodSeries(report, top.map((row) => row.received), top.map((row) => before(row.key))) };
}

/** How many people gave each score, 5 down to 1. */
export function ratingChartData(report: Report): ChartData {
  const of = (distribution: number[]) => SCORES.map((score) => distribution[score - 1] ?? 0);
  return {
    categories: SCORES.map((score) => `${score} คะแนน`),
    series: periodSeries(report, of(report.current.cases.ratings.distribution), of(report.before.cases.ratings.distribution)),
  };
}
