/**
 * Ask the FAQ matcher from the command line, without any database.
 *   npm run -s faq -- [--kb data/faq/kb.th.json] ต่อใบอนุญาตที่ไหน
 *   npm run -s faq -- --kb kb.json --batch < questions.txt   (one JSON line per question)
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { buildFaqIndex, type FaqIndex } from '../domain/faq/faq-index.ts';
import { readFaqFile } from '../domain/faq/kb-file.ts';
import { matchQuestion } from '../domain/faq/match-question.ts';

const DEFAULT_KB = 'data/faq/kb.th.json';

async function answerBatch(index: FaqIndex): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const q = line.trim();
    if (!q) continue;
    const match = matchQuestion(index, q);
    const faqId = match.decision === 'answer' ? (match.best?.faqId ?? null) : null;
    process.stdout.write(`${JSON.stringify({ q, faqId, score: match.best?.score ?? 0 })}\n`);
  }
}

function answerOne(index: FaqIndex, question: string): void {
  const match = matchQuestion(index, question);
  const questionOf = (id: string): string => index.entries.find((entry) => entry.id === id)?.question ?? '';
  console.log(`question:     ${question}`);
  console.log(`decision:     ${match.decision}`);
  if (match.best) console.log(`best:         ${match.best.faqId} (${match.best.score.toFixed(3)}) ${questionOf(match.best.faqId)}`);
  for (const alternative of match.alternatives) {
    console.log(`alternative:  ${alternative.faqId} (${alternative.score.toFixed(3)}) ${questionOf(alternative.faqId)}`);
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { kb: { type: 'string', default: DEFAULT_KB }, batch: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const index = buildFaqIndex(await readFaqFile(values.kb));
  if (values.batch) return answerBatch(index);
  const question = positionals.join(' ').trim();
  if (!question) {
    console.error('usage: npm run -s faq -- [--kb file.json] <question>   |   --batch < questions.txt');
    process.exitCode = 2;
    return;
  }
  answerOne(index, question);
}

await main();
