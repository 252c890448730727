import type { AnalyzedText } from './analyzed-text.ts';
import { analyzeKbTexts } from './kb-text-memo.ts';
import type { ExpansionLexicon } from './expansion-lexicon.ts';
import type { FaqEntry } from './types.ts';

/** The analysed texts of one entry. */
export interface AnalyzedEntry {
  /** Its question, each variant, and all keywords together: what users' questions are compared with. */
  phrasings: AnalyzedText[];
  answer: AnalyzedText;
  /** Each keyword phrase on its own. */
  keywords: AnalyzedText[];
}

function phrasingTexts(entry: FaqEntry): string[] {
  return [entry.question, ...entry.variants, entry.keywords.join(' ')].filter((text) => text.trim());
}

/** Analyses every text of every entry in one batch (one segmenter pass for what the memo lacks). */
export function analyzeEntries(entries: FaqEntry[], lexicon: ExpansionLexicon): AnalyzedEntry[] {
  const phrasings = entries.map(phrasingTexts);
  const analyzed = analyzeKbTexts(
    entries.flatMap((entry, at) => [...(phrasings[at] ?? []), entry.answer, ...entry.keywords]),
    lexicon,
  );
  let cursor = 0;
  const take = (count: number): AnalyzedText[] => analyzed.slice(cursor, (cursor += count));
  return entries.map((entry, at) => ({
    phrasings: take(phrasings[at]?.length ?? 0),
    answer: take(1)[0] ?? { units: [], terms: [], surface: '', clauses: [] },
    keywords: take(entry.keywords.length),
  }));
}
