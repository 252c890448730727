/**
 * Accuracy of the FAQ matcher on labelled questions (JSON lines {"q": "...", "id": "..." | null}).
 *   npm run -s faq:eval -- [--kb data/faq/kb.th.json] tests/fixtures/faq-extra.jsonl
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { evaluateMatcher, faqIndexMatcher, parseLabelledQuestions, type EvaluationReport } from '../domain/faq/evaluate.ts';
import { buildFaqIndex } from '../domain/faq/faq-index.ts';
import { readFaqFile } from '../domain/faq/kb-file.ts';

const percent = (value: number): string => `${(100 * value).toFixed(1)}%`;

function printReport(file: string, report: EvaluationReport): void {
  console.log(`${file}: ${report.total} questions`);
  console.log(`  top-1 accuracy (null = no answer):  ${percent(report.accuracy)}`);
  console.log(`  accuracy on answerable questions:   ${percent(report.answerableAccuracy)}`);
  console.log(`  "no answer" precision / recall:     ${percent(report.noAnswerPrecision)} / ${percent(report.noAnswerRecall)}`);
  console.log(`  misses: ${report.misses.length}`);
  for (const miss of report.misses) {
    console.log(`    ${JSON.stringify(miss.q)}  expected=${miss.expected}  got=${miss.got}  score=${miss.score.toFixed(3)}`);
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { kb: { type: 'string', default: 'data/faq/kb.th.json' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) {
    console.error('usage: npm run -s faq:eval -- [--kb kb.json] <questions.jsonl> [...]');
    return;
  }
  const matcher = faqIndexMatcher(buildFaqIndex(await readFaqFile(values.kb)));
  for (const file of positionals) {
    printReport(file, evaluateMatcher(matcher, parseLabelledQuestions(await readFile(file, 'utf8'))));
  }
}

await main();
