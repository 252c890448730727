/**
 * Accuracy of the FAQ matcher on labelled questions (JSON lines {"q": "...", "id": "..." | null}).
 *   npm run -s faq:eval -- [--kb data/faq/kb.th.json] [--quiet] tests/fixtures/faq-extra.jsonl [...]
 * --quiet prints the figures without the misses (for sets that must stay unseen, such as a blind set).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { evaluateMatcher, faqIndexMatcher, parseLabelledQuestions, type EvaluationReport } from '../domain/faq/evaluate.ts';
import { buildFaqIndex } from '../domain/faq/faq-index.ts';
import { readFaqFile } from '../domain/faq/kb-file.ts';

const percent = (value: number): string => `${(100 * value).toFixed(1)}%`;

function printReport(file: string, report: EvaluationReport, quiet: boolean): void {
  console.log(`${file}: ${report.total} questions (${report.answerable} answerable)`);
  console.log(`  top-1 accuracy (null = no answer):      ${percent(report.accuracy)}`);
  console.log(`  top-1 on answerable questions:          ${percent(report.answerableAccuracy)}`);
  console.log(`  right entry among the choices shown:    ${percent(report.rightAmongChoices)}  (dead ends: ${report.deadEnds})`);
  console.log(`  "no answer" precision / recall:         ${percent(report.noAnswerPrecision)} / ${percent(report.noAnswerRecall)}`);
  console.log(`  misses: ${report.misses.length}`);
  if (quiet) return;
  for (const miss of report.misses) {
    const shown = miss.choices.length > 0 ? ` choices=${miss.choices.join(',')}` : '';
    console.log(`    ${JSON.stringify(miss.q)}  expected=${miss.expected}  got=${miss.decision}:${miss.got}${shown}  score=${miss.score.toFixed(3)}`);
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { kb: { type: 'string', default: 'data/faq/kb.th.json' }, quiet: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length === 0) {
    console.error('usage: npm run -s faq:eval -- [--kb kb.json] [--quiet] <questions.jsonl> [...]');
    process.exitCode = 2;
    return;
  }
  const matcher = faqIndexMatcher(buildFaqIndex(await readFaqFile(values.kb)));
  for (const file of positionals) {
    printReport(file, evaluateMatcher(matcher, parseLabelledQuestions(await readFile(file, 'utf8'))), values.quiet);
  }
}

await main();
