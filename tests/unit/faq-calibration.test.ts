import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROW_WEIGHTING, rowWeights } from '../../domain/faq/calibration/decision-metrics.ts';
import { fitDecisionModel } from '../../domain/faq/calibration/fit-decision-model.ts';
import { assertNotBlind, buildLabelledRows } from '../../domain/faq/calibration/labelled-rows.ts';
import type { TrainingRow } from '../../domain/faq/calibration/training-set.ts';
import { shippedDecisionModel } from '../../domain/faq/decision/shipped-model.ts';
import { parseLabelledQuestions } from '../../domain/faq/evaluate.ts';
import { shippedFaqIndex } from '../helpers/shipped-faq.ts';

const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const SHIPPED_DECISION_MODEL = shippedDecisionModel();
const index = shippedFaqIndex();
const holdout = { name: 'faq-holdout.jsonl', questions: parseLabelledQuestions(readFileSync(fromHere('../fixtures/faq-holdout.jsonl'), 'utf8')) };

const generated = (kind: TrainingRow['kind'], fold: number, features: number[], topRight: boolean): TrainingRow => ({
  fold,
  kind,
  scheme: 'one-variant',
  rewrite: 'plain',
  source: 'generated',
  q: '',
  features,
  topRight,
  amongChoices: topRight,
});

describe('calibration on labelled questions', () => {
  it('refuses the blind sets, whatever folder they are given from', () => {
    expect(() => assertNotBlind('tests/fixtures/faq-blind-4.jsonl')).toThrow(/blind/);
    expect(() => assertNotBlind('/tmp/copy/faq-blind-4.jsonl')).toThrow(/blind/);
    expect(() => assertNotBlind('tests/fixtures/faq-extra.jsonl')).not.toThrow();
  });

  it('deals every labelled set over all the folds, each question once', () => {
    const rows = buildLabelledRows(index, [holdout], 5, 9);
    expect(rows).toHaveLength(holdout.questions.length);
    expect(new Set(rows.map((row) => row.fold))).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(rows.filter((row) => row.kind === 'out')).toHaveLength(holdout.questions.filter((question) => question.id === null).length);
  });

  it('weighs the labelled questions as their configured share, with a fixed share of out-of-scope ones', () => {
    const labelled = buildLabelledRows(index, [holdout], 5, 9);
    const rows = [...Array.from({ length: 30 }, (_, at) => generated('in', at % 5, [at], true)), ...labelled];
    const weights = rowWeights(rows);
    const sum = (test: (row: TrainingRow) => boolean): number => rows.reduce((total, row, at) => total + (test(row) ? (weights[at] ?? 0) : 0), 0);
    const labelledWeight = sum((row) => row.source === 'labelled');
    expect(labelledWeight / sum(() => true)).toBeCloseTo(ROW_WEIGHTING.labelled, 6);
    expect(sum((row) => row.source === 'labelled' && row.kind === 'out') / labelledWeight).toBeCloseTo(ROW_WEIGHTING.labelledOut, 6);
  });

  it("reports each labelled set from replies of models fitted without the question's fold", () => {
    const labelled = buildLabelledRows(index, [holdout], 5, 9);
    const noise = Array.from({ length: 200 }, (_, at) => generated(at % 3 ? 'in' : 'out', at % 5, labelled[at % labelled.length]!.features, at % 3 === 1));
    const { report } = fitDecisionModel([...noise, ...labelled], 5);
    expect(report.labelled['faq-holdout.jsonl']).toMatchObject({ total: holdout.questions.length, answerable: 20 });
  });

  it('ships a model fitted with labelled questions and their out-of-fold figures', () => {
    const figures = SHIPPED_DECISION_MODEL.figures as { labelled?: Record<string, { accuracy: number; rightAmongChoices: number }> };
    const sets = Object.keys(figures.labelled ?? {});
    expect(sets.some((set) => set.endsWith('faq-extra.jsonl'))).toBe(true);
    expect(sets.some((set) => /blind-4/.test(set))).toBe(false);
    expect(SHIPPED_DECISION_MODEL.provenance.data).toMatch(/labelled questions: .*faq-extra/);
  });
});
