import type { LabelledQuestion } from '../evaluate.ts';
import type { FaqIndex } from '../faq-index.ts';
import type { RankedQuery } from '../rank-question.ts';
import { seededRandom } from './seeded-random.ts';
import { scoreQuestion, type TrainingRow } from './training-set.ts';

/** A set of questions people really asked, labelled with the entry that answers each (or null). */
export interface LabelledSet {
  name: string;
  questions: LabelledQuestion[];
}

/** A labelled question as a training row, with what the per-set out-of-fold report needs to replay it. */
export type LabelledRow = TrainingRow & { labelled: { set: string; question: LabelledQuestion; ranked: RankedQuery } };

/**
 * Sets that stay blind: written to measure the matcher, never to fit it. Calibration refuses them, so
 * a slip on the command line cannot turn a blind figure into a tuned one.
 */
export const BLIND_SETS: readonly string[] = ['faq-blind-4.jsonl'];

export function assertNotBlind(path: string): void {
  const name = path.split('/').at(-1) ?? path;
  if (BLIND_SETS.includes(name)) throw new Error(`${path} is a blind set: it measures the matcher and is never used to fit it`);
}

/** Folds by question, dealt round-robin after a seeded shuffle within each set, so every fold has some of each set. */
function foldsOf(count: number, folds: number, random: () => number): number[] {
  const order = Array.from({ length: count }, (_, at) => ({ at, key: random() })).sort((a, b) => a.key - b.key);
  const fold = new Array<number>(count).fill(0);
  order.forEach(({ at }, position) => (fold[at] = position % folds));
  return fold;
}

/** Ranks every labelled question once against the full index (the index has never seen them). */
export function buildLabelledRows(index: FaqIndex, sets: readonly LabelledSet[], folds: number, seed: number): LabelledRow[] {
  const random = seededRandom(seed ^ 0x5eed);
  return sets.flatMap((set) => {
    const fold = foldsOf(set.questions.length, folds, random);
    return set.questions.map((question, at): LabelledRow => {
      const { ranked, scored } = scoreQuestion(index, question.q, question.id);
      const kind = question.id === null ? 'out' : 'in';
      return { fold: fold[at] ?? 0, kind, scheme: 'one-variant', rewrite: 'labelled', source: 'labelled', ...scored, labelled: { set: set.name, question, ranked } };
    });
  });
}
