import { percentile } from './timing.ts';

export type Figures = { label: string; samples: number; p50: number; p99: number; max: number };

/** A slow operation stops after this long, once it has enough samples for a p99 to mean something. */
const BUDGET_MS = 30_000;
const MIN_SAMPLES = 100;

/**
 * Runs `operation` one call at a time (latency, not throughput: a person waiting for a page),
 * after a warm-up that is not counted. An operation that fails stops the bench: figures of
 * error answers would flatter it.
 */
export async function measure(label: string, samples: number, operation: (i: number) => Promise<unknown>, warmup = 10): Promise<Figures> {
  for (let i = 0; i < warmup; i++) await operation(-1 - i);
  const timings: number[] = [];
  const started = performance.now();
  for (let i = 0; i < samples && (i < MIN_SAMPLES || performance.now() - started < BUDGET_MS); i++) {
    const begin = performance.now();
    await operation(i);
    timings.push(performance.now() - begin);
  }
  timings.sort((a, b) => a - b);
  const figures = { label, samples: timings.length, p50: percentile(timings, 50), p99: percentile(timings, 99), max: timings.at(-1) ?? 0 };
  process.stderr.write(`  measured ${label}: p50 ${figures.p50.toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms\n`);
  return figures;
}

/** A signed-in API call as the LIFF page makes it; the body is read, as the page would. */
export function apiCaller(botUrl: string, idToken: string) {
  return async (path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${botUrl}/api${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${idToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload: unknown = await response.json();
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(payload).slice(0, 300)}`);
    return payload;
  };
}

export type Row = Figures & { target?: number; baseline?: Figures };

/** The figures as a small table: p50/p99 and each against the baseline, with the target when there is one. */
export function formatTable(rows: Row[]): string {
  const header = ['operation', 'n', 'p50 ms', 'p99 ms', 'max ms', '×base p50', '×base p99', 'target p99'];
  const cells = rows.map((row) => [
    row.label,
    String(row.samples),
    row.p50.toFixed(2),
    row.p99.toFixed(2),
    row.max.toFixed(2),
    row.baseline ? `${(row.p50 / row.baseline.p50).toFixed(1)}×` : '',
    row.baseline ? `${(row.p99 / row.baseline.p99).toFixed(1)}×` : '',
    row.target === undefined ? '' : `< ${row.target} ${row.p99 < row.target ? 'met' : 'MISSED'}`,
  ]);
  const widths = header.map((title, k) => Math.max(title.length, ...cells.map((line) => line[k]!.length)));
  const line = (values: string[]) => values.map((value, k) => (k === 0 ? value.padEnd(widths[k]!) : value.padStart(widths[k]!))).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}
