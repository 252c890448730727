import type { Pair, Unit } from './report-tables.ts';

/** How figures read in Thai on every output: grouping, one decimal, units; «–» for no value. Pure. */
const integer = new Intl.NumberFormat('th-TH', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('th-TH', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat('th-TH', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const NO_VALUE = '–';

const SUFFIX: Record<Unit, string> = { count: '', percent: '%', hours: ' ชม.', days: ' วัน', score: '' };

function number(value: number, unit: Unit): string {
  if (unit === 'count') return integer.format(value);
  if (unit === 'score') return twoDecimals.format(value);
  return oneDecimal.format(value);
}

export function formatValue(value: number | null, unit: Unit): string {
  return value === null ? NO_VALUE : `${number(value, unit)}${SUFFIX[unit]}`;
}

/** The change from the previous period: absolute (percentage points for shares), and relative for counts. */
export function changeOf(pair: Pair, unit: Unit): { delta: number | null; relative: number | null } {
  if (pair.current === null || pair.previous === null) return { delta: null, relative: null };
  const delta = pair.current - pair.previous;
  const relative = unit === 'count' && pair.previous !== 0 ? (100 * delta) / pair.previous : null;
  return { delta, relative };
}

/** «+2 (+50.0%)», «−1.5 จุด», «0», or «–». The minus is the real sign (U+2212), easier to read than a hyphen. */
export function formatChange(pair: Pair, unit: Unit): string {
  const { delta, relative } = changeOf(pair, unit);
  if (delta === null) return NO_VALUE;
  if (delta === 0) return '0';
  const sign = delta > 0 ? '+' : '−';
  const magnitude = unit === 'percent' ? `${oneDecimal.format(Math.abs(delta))} จุด` : `${number(Math.abs(delta), unit)}${SUFFIX[unit]}`;
  const share = relative === null ? '' : ` (${sign}${oneDecimal.format(Math.abs(relative))}%)`;
  return `${sign}${magnitude}${share}`;
}
