/** The `k` items with the highest scores, best first; equal scores put the smaller item first. */
export function topK(items: readonly number[], score: (item: number) => number, k: number): number[] {
  const best: number[] = [];
  const scores: number[] = [];
  const before = (value: number, item: number, at: number): boolean => {
    const other = scores[at] ?? -Infinity;
    return value > other || (value === other && item < (best[at] ?? Infinity));
  };
  for (const item of items) {
    const value = score(item);
    if (best.length === k && !before(value, item, k - 1)) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && before(value, item, at - 1)) {
      best[at] = best[at - 1] ?? 0;
      scores[at] = scores[at - 1] ?? 0;
      at--;
    }
    best[at] = item;
    scores[at] = value;
  }
  return best;
}
