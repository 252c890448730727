/**
 * Ask the FAQ matcher from the command line, without any database.
 *   npm run -s faq -- [--kb data/faq/kb.th.json] ต่อใบอนุญาตที่ไหน
 *   npm run -s faq -- --kb kb.json --batch < questions.txt
 * --batch prints one JSON line per question: {"q","decision","faqId","choices","score"}, where faqId is the
 * entry answered directly (null otherwise) and choices the entries shown, in order.
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
    const choices = match.choices.map((choice) => choice.faqId);
    process.stdout.write(`${JSON.stringify({ q, decision: match.decision, faqId: match.faqId, choices, score: match.bestGuess?.score ?? 0 })}\n`);
  }
}

function answerOne(index: FaqIndex, question: string): void {
  const match = matchQuestion(index, question);
  const questionOf = (id: string): string => index.entries.find((entry) => entry.id === id)?.question ?? '';
  console.log(`question:     ${question}`);
  console.log(`decision:     ${match.decision} (P(best is right) ${match.confidence.toFixed(3)})`);
  if (match.bestGuess) console.log(`best guess:   ${match.bestGuess.faqId} (${match.bestGuess.score.toFixed(3)}) ${questionOf(match.bestGuess.faqId)}`);
  for (const choice of match.choices) console.log(`shown:        ${choice.faqId} (${choice.score.toFixed(3)}) ${questionOf(choice.faqId)}`);
  if (match.otherAgency) console.log(`other agency: ${match.otherAgency.name}${match.otherAgency.contact ? ` (${match.otherAgency.contact})` : ''}`);
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
