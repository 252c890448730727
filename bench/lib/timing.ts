/** Latency figures of one measured operation, in milliseconds. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export function timeEach<T>(items: readonly T[], run: (item: T) => unknown): number[] {
  const timings = items.map((item) => {
    const begin = performance.now();
    run(item);
    return performance.now() - begin;
  });
  return timings.sort((a, b) => a - b);
}

export const describeTimings = (sorted: readonly number[]): string =>
  `p50 ${percentile(sorted, 50).toFixed(2)} ms   p99 ${percentile(sorted, 99).toFixed(2)} ms   max ${(sorted.at(-1) ?? 0).toFixed(2)} ms`;
