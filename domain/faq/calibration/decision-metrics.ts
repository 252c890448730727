import type { FaqDecision } from '../types.ts';
import type { TrainingRow } from './training-set.ts';

export interface Thresholds {
  answer: number;
  clarify: number;
  closest: number;
}

export interface RowProbabilities {
  answer: number;
  choice: number;
}

/** The figures a calibration reports, as the evaluation of a labelled set would (generated rows). */
export interface DecisionMetrics {
  questions: number;
  top1: number;
  rightAmongChoices: number;
  noAnswerPrecision: number;
  noAnswerRecall: number;
  cost: number;
}

/**
 * What each outcome costs, for choosing the thresholds: a wrong answer is twice as bad as a question
 * back («หมายถึง…», one more tap), and a dead end for a question the knowledge base does answer is worse
 * than a choice. Offering topics to an out-of-scope question costs a little; answering it costs as much
 * as any wrong answer.
 */
const COST = {
  rightAnswer: 0,
  wrongAnswer: 2,
  clarifyRight: 1,
  clarifyWrong: 1.6,
  noneWithRightTopic: 1.3,
  deadEnd: 1.8,
  answerOutOfScope: 2,
  clarifyOutOfScope: 0.6,
  topicsOutOfScope: 0.1,
};

function decisionFor(p: RowProbabilities, t: Thresholds): FaqDecision {
  if (p.answer >= t.answer) return 'answer';
  return p.choice >= t.clarify ? 'clarify' : 'none';
}

function outcome(row: TrainingRow, p: RowProbabilities, t: Thresholds): { cost: number; top1: boolean; among: boolean; decision: FaqDecision } {
  const decision = decisionFor(p, t);
  const topics = decision === 'clarify' || (decision === 'none' && p.choice >= t.closest);
  if (row.kind !== 'in') {
    const cost = decision === 'answer' ? COST.answerOutOfScope : decision === 'clarify' ? COST.clarifyOutOfScope : topics ? COST.topicsOutOfScope : 0;
    return { cost, top1: decision !== 'answer', among: false, decision };
  }
  if (decision === 'answer') return { cost: row.topRight ? COST.rightAnswer : COST.wrongAnswer, top1: row.topRight, among: row.topRight, decision };
  if (decision === 'clarify') return { cost: row.amongChoices ? COST.clarifyRight : COST.clarifyWrong, top1: false, among: row.amongChoices, decision };
  const among = topics && row.amongChoices;
  return { cost: among ? COST.noneWithRightTopic : COST.deadEnd, top1: false, among, decision };
}

/** How the rows of a calibration weigh against each other. */
export interface RowWeighting {
  /** Generated off-topic rows' share of traffic, relative to the generated answerable rows. */
  near: number;
  out: number;
  /** Labelled questions' share of the whole weight (the rest is generated). */
  labelled: number;
  /** Out-of-scope questions' share of the labelled weight, whatever share the sets happen to have. */
  labelledOut: number;
}

export const ROW_WEIGHTING: RowWeighting = { near: 0.2, out: 0.25, labelled: 0.5, labelledOut: 0.2 };

/**
 * Weighted so that off-topic questions make up a realistic share of traffic whatever was generated, and
 * so that the questions people asked weigh as much as all the generated ones together: generated
 * questions are harder than real ones, and a model fitted on them alone is too cautious.
 */
export function rowWeights(rows: readonly TrainingRow[], weighting: RowWeighting = ROW_WEIGHTING): number[] {
  const count = { in: 0, near: 0, out: 0, labelledIn: 0, labelledOut: 0 };
  for (const row of rows) count[bucketOf(row)]++;
  const generated = count.in * (1 + (count.near ? weighting.near : 0) + (count.out ? weighting.out : 0));
  const labelledTotal = generated > 0 ? (weighting.labelled * generated) / (1 - weighting.labelled) : count.labelledIn + count.labelledOut;
  const outShare = count.labelledIn && count.labelledOut ? weighting.labelledOut : count.labelledOut ? 1 : 0;
  const weightOf = {
    in: 1,
    near: count.near ? (weighting.near * count.in) / count.near : 0,
    out: count.out ? (weighting.out * count.in) / count.out : 0,
    labelledIn: count.labelledIn ? ((1 - outShare) * labelledTotal) / count.labelledIn : 0,
    labelledOut: count.labelledOut ? (outShare * labelledTotal) / count.labelledOut : 0,
  };
  return rows.map((row) => weightOf[bucketOf(row)]);
}

/** Labelled questions weigh as answerable or not; generated ones by their kind. */
function bucketOf(row: TrainingRow): TrainingRow['kind'] | 'labelledIn' | 'labelledOut' {
  if (row.source === 'labelled') return row.kind === 'in' ? 'labelledIn' : 'labelledOut';
  return row.kind;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

export function measure(rows: readonly TrainingRow[], probabilities: readonly RowProbabilities[], t: Thresholds, weights = rowWeights(rows)): DecisionMetrics {
  let top1 = 0;
  let answerable = 0;
  let among = 0;
  let noneGiven = 0;
  let noneRight = 0;
  let offTopic = 0;
  let cost = 0;
  let totalWeight = 0;
  rows.forEach((row, at) => {
    const result = outcome(row, probabilities[at] ?? { answer: 0, choice: 0 }, t);
    const weight = weights[at] ?? 1;
    cost += weight * result.cost;
    totalWeight += weight;
    top1 += weight * (result.top1 ? 1 : 0);
    if (row.kind === 'in') {
      answerable++;
      if (result.among) among++;
    } else offTopic++;
    if (result.decision === 'none') {
      noneGiven++;
      if (row.kind !== 'in') noneRight++;
    }
  });
  return {
    questions: rows.length,
    top1: ratio(top1, totalWeight),
    rightAmongChoices: ratio(among, answerable),
    noAnswerPrecision: ratio(noneRight, noneGiven),
    noAnswerRecall: ratio(noneRight, offTopic),
    cost: cost / (totalWeight || 1),
  };
}

function grid(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to + 1e-9; value += step) values.push(Math.round(value * 1000) / 1000);
  return values;
}

/** The thresholds with the lowest weighted cost; the closest-topic threshold is chosen after the other two. */
export function chooseThresholds(rows: readonly TrainingRow[], probabilities: readonly RowProbabilities[]): Thresholds {
  const weights = rowWeights(rows);
  let best: { t: Thresholds; cost: number } = { t: { answer: 0.5, clarify: 0.3, closest: 0.3 }, cost: Infinity };
  for (const answer of grid(0.3, 0.95, 0.025)) {
    for (const clarify of grid(0.05, answer, 0.025)) {
      const t = { answer, clarify, closest: clarify };
      const { cost } = measure(rows, probabilities, t, weights);
      if (cost < best.cost) best = { t, cost };
    }
  }
  for (const closest of grid(0.01, best.t.clarify, 0.01)) {
    const t = { ...best.t, closest };
    const { cost } = measure(rows, probabilities, t, weights);
    if (cost < best.cost) best = { t, cost };
  }
  return best.t;
}
