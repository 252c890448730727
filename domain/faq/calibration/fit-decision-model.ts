import { FEATURE_NAMES } from '../decision/decision-features.ts';
import { probability, type LogisticParameters } from '../decision/decision-model.ts';
import { chooseThresholds, measure, rowWeights, type DecisionMetrics, type RowProbabilities, type Thresholds } from './decision-metrics.ts';
import { fitLogistic } from './logistic-regression.ts';
import { decide } from '../decision/decide.ts';
import { evaluateReplies, replyOf, type EvaluationMiss, type EvaluationReport, type MatcherReply } from '../evaluate.ts';
import { DEFAULT_LEXICON } from '../shipped-lexicon.ts';
import type { LabelledRow } from './labelled-rows.ts';
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
  rows: Record<TrainingRow['kind'] | 'entry-variants' | 'labelled', number>;
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
  /** Per labelled set (file name), out-of-fold figures as faq:eval reports them. */
  labelled: Record<string, LabelledFigures>;
}

const L2 = 1;

const isUnseen = (row: TrainingRow): boolean => row.scheme === 'entry-variants';
const isLabelled = (row: TrainingRow): row is LabelledRow => row.source === 'labelled' && 'labelled' in row;

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

/** A labelled set's figures from out-of-fold replies, in the terms of `npm run faq:eval`. */
export type LabelledFigures = Omit<EvaluationReport, 'misses'>;

interface FoldResult {
  generated: DecisionMetrics;
  unseen: DecisionMetrics;
  replies: Map<TrainingRow, MatcherReply>;
}

/** One fold: fit on the others, choose thresholds on their rows, score this fold's rows (and replay its labelled questions). */
function runFold(rows: readonly TrainingRow[], allRows: readonly TrainingRow[], fold: number, outOfFold: RowProbabilities[]): FoldResult {
  const train = rows.filter((row) => row.fold !== fold);
  const model = fitOn(train);
  const thresholds = chooseThresholds(train, predict(model, train));
  const test = rows.map((row, at) => ({ row, at })).filter(({ row }) => row.fold === fold);
  const predicted = predict(model, test.map(({ row }) => row));
  test.forEach(({ at }, i) => (outOfFold[at] = predicted[i] ?? { answer: 0, choice: 0 }));
  const generated = test.map(({ row }, i) => ({ row, p: predicted[i]! })).filter(({ row }) => row.source === 'generated');
  const unseen = allRows.filter((row) => row.fold === fold && row.source === 'generated' && (isUnseen(row) || row.kind !== 'in'));
  const replies = new Map<TrainingRow, MatcherReply>();
  for (const { row } of test) {
    if (isLabelled(row)) replies.set(row, replyOf(decide(row.labelled.ranked, { ...model, thresholds }, DEFAULT_LEXICON)));
  }
  return {
    generated: measure(generated.map(({ row }) => row), generated.map(({ p }) => p), thresholds),
    unseen: measure(unseen, predict(model, unseen), thresholds),
    replies,
  };
}

/** Per labelled set, the evaluation of its out-of-fold replies (each question decided by a model that never saw it). */
function labelledReport(rows: readonly TrainingRow[], replies: Map<TrainingRow, MatcherReply>): { figures: Record<string, LabelledFigures>; misses: Record<string, EvaluationMiss[]> } {
  const bySet = new Map<string, LabelledRow[]>();
  for (const row of rows) if (isLabelled(row)) bySet.set(row.labelled.set, [...(bySet.get(row.labelled.set) ?? []), row]);
  const figures: Record<string, LabelledFigures> = {};
  const misses: Record<string, EvaluationMiss[]> = {};
  for (const [set, list] of bySet) {
    const { misses: missed, ...report } = evaluateReplies(list.map((row) => row.labelled.question), list.map((row) => replies.get(row)!));
    figures[set] = report;
    misses[set] = missed;
  }
  return { figures, misses };
}

/**
 * k-fold: for each fold, fit on the others, choose thresholds on their rows, score the fold. Generated
 * rows are folded by entry, labelled questions by question. The final model is fitted on every row, with
 * thresholds chosen on the out-of-fold probabilities.
 */
export function fitDecisionModel(allRows: readonly TrainingRow[], folds: number): { fitted: FittedDecision; report: CalibrationReport; labelledMisses: Record<string, EvaluationMiss[]> } {
  const rows = allRows.filter((row) => !isUnseen(row));
  const outOfFold: RowProbabilities[] = new Array(rows.length);
  const results = Array.from({ length: folds }, (_, fold) => runFold(rows, allRows, fold, outOfFold));
  const thresholds = chooseThresholds(rows, outOfFold);
  const fitted = { ...fitOn(rows), thresholds };
  const generatedRows = rows.map((row, at) => ({ row, p: outOfFold[at] ?? { answer: 0, choice: 0 } })).filter(({ row }) => row.source === 'generated');
  const byRewrite: Record<string, DecisionMetrics> = {};
  for (const rewrite of new Set(generatedRows.map(({ row }) => row.rewrite))) {
    const picked = generatedRows.filter(({ row }) => row.kind === 'in' && row.rewrite === rewrite);
    byRewrite[rewrite] = measure(picked.map(({ row }) => row), picked.map(({ p }) => p), thresholds);
  }
  const count = { in: 0, near: 0, out: 0, 'entry-variants': 0, labelled: 0 };
  for (const row of allRows) count[row.source === 'labelled' ? 'labelled' : isUnseen(row) ? 'entry-variants' : row.kind]++;
  const answerable = generatedRows.filter(({ row }) => row.kind === 'in').map(({ row }) => row);
  const share = (test: (row: TrainingRow) => boolean): number => answerable.filter(test).length / (answerable.length || 1);
  const ranking = { first: share((row) => row.topRight), amongOptions: share((row) => row.amongChoices) };
  const replies = new Map(results.flatMap((result) => [...result.replies]));
  const labelled = labelledReport(rows, replies);
  const foldMetrics = results.map((result) => result.generated);
  const unseenMetrics = results.map((result) => result.unseen);
  const report = { rows: count, folds: foldMetrics, kFold: averageMetrics(foldMetrics), unseenFolds: unseenMetrics, unseenKFold: averageMetrics(unseenMetrics), byRewrite, ranking, labelled: labelled.figures };
  return { fitted, report, labelledMisses: labelled.misses };
}
