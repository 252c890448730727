import { FEATURE_NAMES } from '../decision/decision-features.ts';
import { probability, type LogisticParameters } from '../decision/decision-model.ts';
import { chooseThresholds, measure, rowWeights, type DecisionMetrics, type RowProbabilities, type Thresholds } from './decision-metrics.ts';
import { fitLogistic } from './logistic-regression.ts';
import type { TrainingRow } from './training-set.ts';

export interface FittedDecision {
  features: string[];
  mean: number[];
  scale: number[];
  answer: LogisticParameters;
  choice: LogisticParameters;
  thresholds: Thresholds;
}

export interface CalibrationReport {
  rows: Record<TrainingRow['kind'] | 'entry-variants', number>;
  /** Leave-one-variant-out questions of each fold, scored by a model fitted on the other folds. */
  folds: DecisionMetrics[];
  kFold: DecisionMetrics;
  /** The same folds asked with entries whose variants were all left out (leave-one-entry's-variants-out). */
  unseenFolds: DecisionMetrics[];
  unseenKFold: DecisionMetrics;
  /** Out-of-fold figures per kind of rewrite, for the answerable questions. */
  byRewrite: Record<string, DecisionMetrics>;
  /** How often the ranking itself puts the right entry first, and among the options a card shows. */
  ranking: { first: number; amongOptions: number };
}

const L2 = 1;

function averageMetrics(list: DecisionMetrics[]): DecisionMetrics {
  const mean = (key: keyof DecisionMetrics): number => list.reduce((sum, metrics) => sum + metrics[key], 0) / (list.length || 1);
  return {
    questions: list.reduce((sum, metrics) => sum + metrics.questions, 0),
    top1: mean('top1'),
    rightAmongChoices: mean('rightAmongChoices'),
    noAnswerPrecision: mean('noAnswerPrecision'),
    noAnswerRecall: mean('noAnswerRecall'),
    cost: mean('cost'),
  };
}

function standardization(rows: readonly TrainingRow[]): { mean: number[]; scale: number[] } {
  const mean = FEATURE_NAMES.map((_, at) => rows.reduce((sum, row) => sum + (row.features[at] ?? 0), 0) / (rows.length || 1));
  const scale = FEATURE_NAMES.map((_, at) => {
    const variance = rows.reduce((sum, row) => sum + ((row.features[at] ?? 0) - (mean[at] ?? 0)) ** 2, 0) / (rows.length || 1);
    return Math.sqrt(variance) || 1;
  });
  return { mean, scale };
}

function fitOn(rows: readonly TrainingRow[]): Omit<FittedDecision, 'thresholds'> {
  const { mean, scale } = standardization(rows);
  const weights = rowWeights(rows);
  const x = rows.map((row) => row.features.map((value, at) => (value - (mean[at] ?? 0)) / (scale[at] || 1)));
  const samples = (label: (row: TrainingRow) => boolean) =>
    rows.map((row, at) => ({ x: x[at] ?? [], y: (label(row) ? 1 : 0) as 0 | 1, weight: weights[at] ?? 1 }));
  return {
    features: [...FEATURE_NAMES],
    mean,
    scale,
    answer: fitLogistic(samples((row) => row.topRight), L2),
    choice: fitLogistic(samples((row) => row.amongChoices), L2),
  };
}

function predict(model: Omit<FittedDecision, 'thresholds'>, rows: readonly TrainingRow[]): RowProbabilities[] {
  return rows.map((row) => {
    const x = row.features.map((value, at) => (value - (model.mean[at] ?? 0)) / (model.scale[at] || 1));
    return { answer: probability(model.answer, x), choice: probability(model.choice, x) };
  });
}

/**
 * k-fold: for each fold, fit on the others, choose thresholds on their rows, score the fold. The final
 * model is fitted on every row, with thresholds chosen on the out-of-fold probabilities.
 */
export function fitDecisionModel(allRows: readonly TrainingRow[], folds: number): { fitted: FittedDecision; report: CalibrationReport } {
  const isUnseen = (row: TrainingRow): boolean => row.scheme === 'entry-variants';
  const rows = allRows.filter((row) => !isUnseen(row));
  const outOfFold: RowProbabilities[] = new Array(rows.length);
  const foldMetrics: DecisionMetrics[] = [];
  const unseenMetrics: DecisionMetrics[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const train = rows.filter((row) => row.fold !== fold);
    const test = rows.map((row, at) => ({ row, at })).filter(({ row }) => row.fold === fold);
    const model = fitOn(train);
    const thresholds = chooseThresholds(train, predict(model, train));
    const predicted = predict(model, test.map(({ row }) => row));
    test.forEach(({ at }, i) => (outOfFold[at] = predicted[i] ?? { answer: 0, choice: 0 }));
    foldMetrics.push(measure(test.map(({ row }) => row), predicted, thresholds));
    const unseen = allRows.filter((row) => row.fold === fold && (isUnseen(row) || row.kind !== 'in'));
    unseenMetrics.push(measure(unseen, predict(model, unseen), thresholds));
  }
  const thresholds = chooseThresholds(rows, outOfFold);
  const fitted = { ...fitOn(rows), thresholds };
  const kFoldProbabilities = rows.map((_, at) => outOfFold[at] ?? { answer: 0, choice: 0 });
  const rowsByFoldThreshold = (subset: (row: TrainingRow) => boolean): DecisionMetrics => {
    const picked = rows.map((row, at) => ({ row, at })).filter(({ row }) => subset(row));
    return measure(picked.map(({ row }) => row), picked.map(({ at }) => kFoldProbabilities[at]!), thresholds);
  };
  const byRewrite: Record<string, DecisionMetrics> = {};
  for (const rewrite of new Set(rows.map((row) => row.rewrite))) byRewrite[rewrite] = rowsByFoldThreshold((row) => row.kind === 'in' && row.rewrite === rewrite);
  const count = { in: 0, near: 0, out: 0, 'entry-variants': 0 };
  for (const row of allRows) count[isUnseen(row) ? 'entry-variants' : row.kind]++;
  const answerable = rows.filter((row) => row.kind === 'in');
  const share = (test: (row: TrainingRow) => boolean): number => answerable.filter(test).length / (answerable.length || 1);
  const ranking = { first: share((row) => row.topRight), amongOptions: share((row) => row.amongChoices) };
  const report = { rows: count, folds: foldMetrics, kFold: averageMetrics(foldMetrics), unseenFolds: unseenMetrics, unseenKFold: averageMetrics(unseenMetrics), byRewrite, ranking };
  return { fitted, report };
}
