/**
 * FAQ matcher benchmark: accuracy on the dev set against a plain fuse.js baseline; build time and query
 * latency on the shipped knowledge base and on synthetic ones of 1,000 and 10,000 entries against the
 * same-run fuse.js latency; the CPU cost of hostile 5,000-character messages; the staff list of
 * unanswered-question groups at 50,000 stored questions.
 *   npm run bench:faq
 */
import { readFile } from 'node:fs/promises';
import Fuse from 'fuse.js';
import { evaluateMatcher, faqIndexMatcher, parseLabelledQuestions, type LabelledQuestion, type Matcher } from '../domain/faq/evaluate.ts';
import { buildFaqIndex } from '../domain/faq/faq-index.ts';
import { readFaqFile } from '../domain/faq/kb-file.ts';
import { matchQuestion } from '../domain/faq/match-question.ts';
import { seededRandom } from '../domain/faq/calibration/seeded-random.ts';
import { segmentWords } from '../domain/faq/segment.ts';
import { measureHostileTexts } from './lib/faq-hostile-text.ts';
import { measureStaffList } from './lib/faq-staff-list.ts';
import { describeTimings, percentile, timeEach } from './lib/timing.ts';
import type { FaqEntry } from '../domain/faq/types.ts';

const DEV_SET = process.env.FAQ_DEV_SET ?? '../shared/faq/dev.jsonl';
const EXTRA_SET = 'tests/fixtures/faq-extra.jsonl';
const FUSE_THRESHOLDS = [0.3, 0.4, 0.5, 0.6];
const QUERIES_PER_SIZE = 2000;


/** Thai-looking FAQ text: the first part of one real sentence joined to the last part of another. */
function recombine(random: () => number, sentences: string[][]): string {
  const pick = (): string[] => sentences[Math.floor(random() * sentences.length)] ?? [];
  const [head, tail] = [pick(), pick()];
  return [...head.slice(0, Math.ceil(head.length / 2)), ...tail.slice(Math.floor(tail.length / 2))].join('');
}

function syntheticKb(real: FaqEntry[], size: number, seed: number): FaqEntry[] {
  const random = seededRandom(seed);
  const sentences = real.flatMap((entry) => [entry.question, ...entry.variants]).map((text) => segmentWords(text));
  const keywords = real.flatMap((entry) => entry.keywords);
  const at = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  return Array.from({ length: size }, (_, index) => ({
    id: `synthetic-${index}`,
    category: at(real).category,
    question: recombine(random, sentences),
    variants: Array.from({ length: 4 }, () => recombine(random, sentences)),
    keywords: Array.from({ length: 4 }, () => at(keywords)),
    answer: at(real).answer,
    links: [],
    enabled: true,
  }));
}

function fuseMatcher(entries: FaqEntry[], threshold: number): Matcher {
  const fuse = new Fuse(entries, { keys: ['question', 'variants'], includeScore: true, ignoreLocation: true, threshold });
  return (question) => {
    const [top] = fuse.search(question, { limit: 1 });
    const faqId = top ? top.item.id : null;
    return { decision: faqId ? 'answer' : 'none', faqId, choices: faqId ? [faqId] : [], score: top ? 1 - (top.score ?? 1) : 0 };
  };
}

const percent = (value: number): string => `${(100 * value).toFixed(1)}%`;


function compareAccuracy(entries: FaqEntry[], name: string, questions: LabelledQuestion[]): void {
  const ours = evaluateMatcher(faqIndexMatcher(buildFaqIndex(entries)), questions);
  console.log(`${name} (${questions.length} questions, top-1 with "no answer" counted)`);
  console.log(`  this matcher:               ${percent(ours.accuracy)}  (answerable ${percent(ours.answerableAccuracy)})`);
  const fuse = FUSE_THRESHOLDS.map((threshold) => ({ threshold, report: evaluateMatcher(fuseMatcher(entries, threshold), questions) }));
  for (const { threshold, report } of fuse) {
    console.log(`  fuse.js threshold ${threshold.toFixed(1)}:     ${percent(report.accuracy)}  (answerable ${percent(report.answerableAccuracy)})`);
  }
}

/** fuse.js scans every entry per query: fewer queries on large knowledge bases keep the run short. */
const fuseQueries = (entries: number): number => Math.max(20, Math.min(200, Math.round(100_000 / entries)));

/** fuse.js over the same entries, same questions: the same-run baseline for latency. */
function fuseLatency(entries: FaqEntry[], questions: string[]): number[] {
  const fuse = new Fuse(entries, { keys: ['question', 'variants'], includeScore: true, ignoreLocation: true, threshold: 0.4 });
  return timeEach(questions.slice(0, fuseQueries(entries.length)), (question) => fuse.search(question, { limit: 1 }));
}

function measureSize(label: string, entries: FaqEntry[], questions: string[]): void {
  const started = performance.now();
  const index = buildFaqIndex(entries);
  const buildMs = performance.now() - started;
  const edited = entries.map((entry, at) => (at === 0 ? { ...entry, question: `${entry.question} (แก้ไข)` } : entry));
  const rebuildStarted = performance.now();
  buildFaqIndex(edited);
  const rebuildMs = performance.now() - rebuildStarted;
  for (const question of questions) matchQuestion(index, question);
  const asked = Array.from({ length: QUERIES_PER_SIZE }, (_, i) => questions[i % questions.length] ?? '');
  const ours = timeEach(asked, (question) => matchQuestion(index, question));
  const fuse = fuseLatency(entries, questions);
  const ratio = percentile(fuse, 99) / (percentile(ours, 99) || 1);
  console.log(`  ${label.padEnd(22)} build ${buildMs.toFixed(0).padStart(5)} ms (rebuild after one edit ${rebuildMs.toFixed(0).padStart(5)} ms)`);
  console.log(`  ${''.padEnd(22)} this matcher ${describeTimings(ours)}`);
  console.log(`  ${''.padEnd(22)} fuse.js      ${describeTimings(fuse)}   (p99 ratio fuse/ours ${ratio.toFixed(1)}×)`);
}

async function main(): Promise<void> {
  const entries = await readFaqFile('data/faq/kb.th.json');
  const dev = parseLabelledQuestions(await readFile(DEV_SET, 'utf8'));
  const extra = parseLabelledQuestions(await readFile(EXTRA_SET, 'utf8'));
  compareAccuracy(entries, `dev set ${DEV_SET}`, dev);
  compareAccuracy(entries, `extra set ${EXTRA_SET}`, extra);
  const questions = [...dev, ...extra].map((item) => item.q);
  console.log(`index build and query latency (${QUERIES_PER_SIZE} queries from the dev and extra sets after a warm-up pass)`);
  console.log('  synthetic entries recombine real phrasings and reuse the real answers, so their answers hit the analysis memo');
  measureSize(`shipped (${entries.length})`, entries, questions);
  for (const size of (process.env.SIZES ?? '1000,10000').split(',').map(Number)) measureSize(`synthetic ${size}`, syntheticKb(entries, size, size), questions);
  measureHostileTexts(buildFaqIndex(syntheticKb(entries, 10_000, 10_000)), questions[0] ?? '');
  if (process.env.STAFF_LIST !== 'skip') await measureStaffList();
  console.log(`machine load (/proc/loadavg): ${await loadAverage()}`);
}

async function loadAverage(): Promise<string> {
  return (await readFile('/proc/loadavg', 'utf8').catch(() => 'unavailable')).trim();
}

await main();
