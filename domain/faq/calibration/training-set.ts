import { decisionFeatures } from '../decision/decision-features.ts';
import { choiceOptions } from '../decision/decide.ts';
import { buildFaqIndex, type FaqIndex } from '../faq-index.ts';
import { rankQuestion, type RankedQuery } from '../rank-question.ts';
import type { FaqEntry } from '../types.ts';
import { REWRITES, rewriteQuery, type Rewrite, type RewriteTables } from './rewrite-query.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * One generated question, ranked against an index that has never seen its wording:
 * 'in'   — a variant left out of the index, its entry keeping the others (scheme 'one-variant'), or an
 *          entry with all its variants left out (scheme 'entry-variants', the harder k-fold report);
 * 'near' — the same question against an index without that entry at all: on-topic words, no right answer;
 * 'out'  — a question that is not the office's business.
 * Folds are by entry, so a fold's questions never help fit the model that scores them.
 */
export interface TrainingRow {
  fold: number;
  kind: 'in' | 'near' | 'out';
  scheme: 'one-variant' | 'entry-variants';
  rewrite: Rewrite | 'labelled';
  /** Generated from the knowledge base, or a question people asked with its label (labelled-rows.ts). */
  source: 'generated' | 'labelled';
  q: string;
  features: number[];
  /** The best-ranked entry is the right one. */
  topRight: boolean;
  /** The right entry is among the options a «หมายถึง…» card would show. */
  amongChoices: boolean;
}

export interface TrainingInput {
  entries: FaqEntry[];
  outOfScope: string[];
  tables: RewriteTables;
  folds: number;
  seed: number;
}

function assignFolds(entries: FaqEntry[], folds: number, random: () => number): Map<string, number> {
  const shuffled = entries.map((entry) => ({ entry, key: random() })).sort((a, b) => a.key - b.key);
  return new Map(shuffled.map(({ entry }, at) => [entry.id, at % folds]));
}

/** A question ranked against `index`, with what a row records of it: its features and whether the right entry came first or among the choices. */
export function scoreQuestion(index: FaqIndex, q: string, expected: string | null): { ranked: RankedQuery; scored: Pick<TrainingRow, 'q' | 'features' | 'topRight' | 'amongChoices'> } {
  const ranked = rankQuestion(index, q);
  const shown = choiceOptions(ranked.candidates).map((choice) => choice.faqId);
  return {
    ranked,
    scored: {
      q,
      features: decisionFeatures(ranked),
      topRight: expected !== null && ranked.candidates[0]?.faqId === expected,
      amongChoices: expected !== null && shown.includes(expected),
    },
  };
}

function row(index: FaqIndex, q: string, expected: string | null, fold: number, kind: TrainingRow['kind'], rewrite: Rewrite, scheme: TrainingRow['scheme'] = 'one-variant'): TrainingRow {
  return { fold, kind, scheme, rewrite, source: 'generated', ...scoreQuestion(index, q, expected).scored };
}

function* rewrites(random: () => number, tables: RewriteTables, text: string, kinds: readonly Rewrite[] = REWRITES): Generator<[string, Rewrite]> {
  for (const rewrite of kinds) {
    const q = rewriteQuery(random, tables, text, rewrite);
    if (q) yield [q, rewrite];
  }
}

/** Leave-one-variant-out: index j lacks every entry's j-th variant, which is then asked (rewritten). */
function oneVariantRows(input: TrainingInput, foldOf: Map<string, number>, random: () => number): TrainingRow[] {
  const rows: TrainingRow[] = [];
  const slots = Math.max(0, ...input.entries.map((entry) => entry.variants.length));
  for (let slot = 0; slot < slots; slot++) {
    const index = buildFaqIndex(input.entries.map((entry) => ({ ...entry, variants: entry.variants.filter((_, at) => at !== slot) })));
    for (const entry of input.entries) {
      const variant = entry.variants[slot];
      if (!variant) continue;
      for (const [q, rewrite] of rewrites(random, input.tables, variant)) rows.push(row(index, q, entry.id, foldOf.get(entry.id) ?? 0, 'in', rewrite));
    }
  }
  // A bare topic (one keyword) often fits several entries: the model must learn to ask which one.
  const full = buildFaqIndex(input.entries);
  for (const entry of input.entries) {
    for (const keyword of entry.keywords.slice(0, 2)) rows.push(row(full, keyword, entry.id, foldOf.get(entry.id) ?? 0, 'in', 'keyword'));
  }
  return rows;
}

/** Per fold: its entries without any variant (asked with them), and without the entries at all (on-topic, no answer). */
function foldRows(input: TrainingInput, foldOf: Map<string, number>, random: () => number, fold: number): TrainingRow[] {
  const rows: TrainingRow[] = [];
  const held = (entry: FaqEntry): boolean => foldOf.get(entry.id) === fold;
  const withoutVariants = buildFaqIndex(input.entries.map((entry) => (held(entry) ? { ...entry, variants: [] } : entry)));
  const withoutEntries = buildFaqIndex(input.entries.filter((entry) => !held(entry)));
  for (const entry of input.entries.filter(held)) {
    for (const variant of entry.variants) {
      for (const [q, rewrite] of rewrites(random, input.tables, variant)) {
        rows.push(row(withoutVariants, q, entry.id, fold, 'in', rewrite, 'entry-variants'));
        rows.push(row(withoutEntries, q, null, fold, 'near', rewrite));
      }
    }
  }
  input.outOfScope.forEach((question, at) => {
    if (at % input.folds !== fold) return;
    for (const [q, rewrite] of rewrites(random, input.tables, question, ['plain', 'story', 'regional'])) rows.push(row(withoutEntries, q, null, fold, 'out', rewrite));
  });
  return rows;
}

/** Every fold's questions, generated from the knowledge base itself and from the out-of-scope list. */
export function buildTrainingRows(input: TrainingInput): TrainingRow[] {
  const random = seededRandom(input.seed);
  const foldOf = assignFolds(input.entries, input.folds, random);
  const rows = oneVariantRows(input, foldOf, random);
  for (let fold = 0; fold < input.folds; fold++) rows.push(...foldRows(input, foldOf, random, fold));
  return rows;
}
