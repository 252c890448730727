import type { LogisticParameters } from '../decision/decision-model.ts';

/**
 * Weighted L2-regularised logistic regression fitted by Newton's method (IRLS). Written here rather than
 * taken from ml-logistic-regression, which fits by plain gradient descent with a fixed step and supports
 * neither sample weights nor regularisation; this fit converges in a few exact steps on small data.
 */
export interface WeightedSample {
  x: readonly number[];
  y: 0 | 1;
  weight: number;
}

const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value));

/** Solves a·v = b for a small symmetric positive-definite matrix (Gaussian elimination, partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const lead = m[col]![col]! || 1e-12;
    for (let row = 0; row < n; row++) {
      if (row === col) continue;
      const factor = m[row]![col]! / lead;
      for (let k = col; k <= n; k++) m[row]![k]! -= factor * m[col]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / (row[i] || 1e-12));
}

export function fitLogistic(samples: readonly WeightedSample[], l2 = 1, iterations = 25): LogisticParameters {
  const d = (samples[0]?.x.length ?? 0) + 1;
  let beta = new Array<number>(d).fill(0);
  for (let step = 0; step < iterations; step++) {
    const gradient = new Array<number>(d).fill(0);
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const { x, y, weight } of samples) {
      const row = [...x, 1];
      const p = sigmoid(row.reduce((sum, value, at) => sum + value * (beta[at] ?? 0), 0));
      for (let i = 0; i < d; i++) {
        gradient[i]! += weight * (y - p) * row[i]!;
        for (let j = 0; j < d; j++) hessian[i]![j]! += weight * p * (1 - p) * row[i]! * row[j]!;
      }
    }
    // The bias (last) is not regularised.
    for (let i = 0; i < d - 1; i++) {
      gradient[i]! -= l2 * beta[i]!;
      hessian[i]![i]! += l2;
    }
    const delta = solve(hessian, gradient);
    beta = beta.map((value, at) => value + (delta[at] ?? 0));
    if (Math.max(...delta.map(Math.abs)) < 1e-7) break;
  }
  return { weights: beta.slice(0, -1), bias: beta.at(-1) ?? 0 };
}
