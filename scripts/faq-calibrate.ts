/**
 * Fits the FAQ decision model (answer / «หมายถึง…» / no answer) and rewrites data/faq/decision-model.json.
 *   npm run faq:calibrate [-- --folds 5 --seed 9 --dry-run --misses] [--labelled set.jsonl ...] [--no-labelled]
 * Training questions come from the knowledge base itself (each entry's variants left out of the index,
 * then rewritten into regional speech, code-mix, other everyday words, typos and story-like messages),
 * from data/faq/calibration/out-of-scope.th.txt plus questions about other agencies' business made from
 * the thesaurus concepts that name an agency, and from labelled questions people asked (the evaluation
 * sets that are not blind). Prints a k-fold leave-one-entry's-variants-out report, and for each labelled
 * set its figures from out-of-fold replies (each question decided by a model fitted without it).
 * The blind sets (labelled-rows.ts BLIND_SETS) are refused.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { DecisionMetrics } from '../domain/faq/calibration/decision-metrics.ts';
import { fitDecisionModel, type CalibrationReport, type LabelledFigures } from '../domain/faq/calibration/fit-decision-model.ts';
import { assertNotBlind, buildLabelledRows, type LabelledSet } from '../domain/faq/calibration/labelled-rows.ts';
import { agencyQuestions, buildRewriteTables } from '../domain/faq/calibration/rewrite-query.ts';
import { seededRandom } from '../domain/faq/calibration/seeded-random.ts';
import { buildTrainingRows } from '../domain/faq/calibration/training-set.ts';
import { decisionModelSchema, type DecisionModel } from '../domain/faq/decision/decision-model.ts';
import { parseLabelledQuestions, type EvaluationMiss } from '../domain/faq/evaluate.ts';
import { buildFaqIndex } from '../domain/faq/faq-index.ts';
import { readFaqFile } from '../domain/faq/kb-file.ts';
import { SHIPPED_VOCABULARY } from '../domain/faq/vocabulary/shipped-vocabulary.ts';

const MODEL_PATH = 'data/faq/decision-model.json';
/** The labelled sets that are not blind; the shared dev set is used when it is beside the checkout. */
const LABELLED_SETS = [
  'tests/fixtures/faq-extra.jsonl',
  'tests/fixtures/faq-holdout.jsonl',
  'tests/fixtures/faq-blind.jsonl',
  'tests/fixtures/faq-blind-2.jsonl',
  'tests/fixtures/faq-blind-3.jsonl',
  'tests/fixtures/faq-tune-r2.jsonl',
  'tests/fixtures/faq-tune-r3.jsonl',
  '../shared/faq/dev.jsonl',
];

async function readLabelledSets(paths: string[]): Promise<LabelledSet[]> {
  const present = paths.filter((path) => existsSync(path));
  for (const path of present) assertNotBlind(path);
  return Promise.all(present.map(async (path) => ({ name: path, questions: parseLabelledQuestions(await readFile(path, 'utf8')) })));
}

async function readLines(path: string): Promise<string[]> {
  return (await readFile(path, 'utf8')).split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
}

const percent = (value: number): string => `${(100 * value).toFixed(1)}%`.padStart(6);
const describe = (m: DecisionMetrics): string =>
  `top-1 ${percent(m.top1)}   right among choices ${percent(m.rightAmongChoices)}   no-answer P/R ${percent(m.noAnswerPrecision)} / ${percent(m.noAnswerRecall)}   cost ${m.cost.toFixed(3)}   (${m.questions} questions)`;

const describeLabelled = (f: LabelledFigures): string =>
  `top-1 ${percent(f.accuracy)}   answerable top-1 ${percent(f.answerableAccuracy)}   right among choices ${percent(f.rightAmongChoices)} (dead ends ${f.deadEnds})   no-answer P/R ${percent(f.noAnswerPrecision)} / ${percent(f.noAnswerRecall)}   (${f.total} questions)`;

function printMisses(misses: Record<string, EvaluationMiss[]>): void {
  for (const [set, list] of Object.entries(misses)) {
    console.log(`out-of-fold misses in ${set}:`);
    for (const miss of list) console.log(`  ${JSON.stringify(miss.q)}  expected=${miss.expected}  got=${miss.decision}:${miss.got}  choices=${miss.choices.join(',')}`);
  }
}

function printReport(report: CalibrationReport, model: DecisionModel): void {
  console.log(`generated questions: ${report.rows.in} leave-one-variant-out, ${report.rows['entry-variants']} with all of their entry's variants left out, ${report.rows.near} on-topic without their entry, ${report.rows.out} out of scope; ${report.rows.labelled} labelled questions`);
  console.log(`ranking alone (leave-one-variant-out): right entry first ${percent(report.ranking.first)}, among the options shown ${percent(report.ranking.amongOptions)}`);
  console.log(`k-fold by entry (${report.folds.length} folds; each fold scored by a model fitted on the other folds):`);
  console.log('  leave-one-variant-out questions (what the model is fitted on):');
  report.folds.forEach((metrics, fold) => console.log(`    fold ${fold + 1}   ${describe(metrics)}`));
  console.log(`    mean     ${describe(report.kFold)}`);
  console.log("  leave-one-entry's-variants-out questions (entries the index knows only by their question and keywords):");
  report.unseenFolds.forEach((metrics, fold) => console.log(`    fold ${fold + 1}   ${describe(metrics)}`));
  console.log(`    mean     ${describe(report.unseenKFold)}`);
  console.log('out-of-fold, leave-one-variant-out questions by rewrite (top-1 = answered right):');
  for (const [rewrite, metrics] of Object.entries(report.byRewrite)) {
    console.log(`  ${rewrite.padEnd(15)} top-1 ${percent(metrics.top1)}   right among choices ${percent(metrics.rightAmongChoices)}`);
  }
  if (Object.keys(report.labelled).length > 0) console.log('labelled sets, out-of-fold (each question decided by a model fitted without it; the ranking itself is not refitted):');
  for (const [set, figures] of Object.entries(report.labelled)) console.log(`  ${set}\n    ${describeLabelled(figures)}`);
  const t = model.thresholds;
  console.log(`thresholds: answer when P(best is right) ≥ ${t.answer}; «หมายถึง…» when P(right among choices) ≥ ${t.clarify}; closest topics on a no-answer card when ≥ ${t.closest}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      folds: { type: 'string', default: '5' },
      seed: { type: 'string', default: '9' },
      kb: { type: 'string', default: 'data/faq/kb.th.json' },
      'dry-run': { type: 'boolean', default: false },
      labelled: { type: 'string', multiple: true },
      'no-labelled': { type: 'boolean', default: false },
      misses: { type: 'boolean', default: false },
    },
  });
  const folds = Number(values.folds);
  const started = performance.now();
  const entries = (await readFaqFile(values.kb)).filter((entry) => entry.enabled);
  const tables = buildRewriteTables(SHIPPED_VOCABULARY, await readLines('data/faq/calibration/story-openers.th.txt'));
  const seed = Number(values.seed);
  const outOfScope = [...(await readLines('data/faq/calibration/out-of-scope.th.txt')), ...agencyQuestions(SHIPPED_VOCABULARY, seededRandom(seed))];
  const sets = values['no-labelled'] ? [] : await readLabelledSets(values.labelled ?? LABELLED_SETS);
  const rows = [...buildTrainingRows({ entries, outOfScope, tables, folds, seed }), ...buildLabelledRows(buildFaqIndex(entries), sets, folds, seed)];
  const { fitted, report, labelledMisses } = fitDecisionModel(rows, folds);
  const model = decisionModelSchema.parse({
    provenance: {
      source: 'Written by npm run faq:calibrate (scripts/faq-calibrate.ts); do not edit by hand.',
      data: `${values.kb} (leave-one-entry's-variants-out, ${folds} folds, seed ${values.seed}) and data/faq/calibration/out-of-scope.th.txt, agency questions from data/faq/thesaurus.th.json; labelled questions: ${sets.map((set) => `${set.name} (${set.questions.length})`).join(', ') || 'none'}`,
    },
    fittedAt: new Date().toISOString(),
    ...fitted,
    figures: report,
  });
  printReport(report, model);
  if (values.misses) printMisses(labelledMisses);
  if (!values['dry-run']) await writeFile(MODEL_PATH, `${JSON.stringify(model, null, 2)}\n`);
  console.log(`${values['dry-run'] ? 'not written (dry run)' : `wrote ${MODEL_PATH}`} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

await main();
