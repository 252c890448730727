import { analyzeTexts } from './analyze.ts';
import type { AnalyzedText } from './analyzed-text.ts';
import type { ExpansionLexicon } from './expansion-lexicon.ts';
import { DEFAULT_LEXICON } from './shipped-lexicon.ts';

/** Per generation; a full 10,000-entry knowledge base (about 60,000 distinct texts) fits in one. */
const GENERATION_LIMIT = 100_000;
let current = new Map<string, AnalyzedText>();
let previous = new Map<string, AnalyzedText>();

function remember(text: string, analyzed: AnalyzedText): AnalyzedText {
  if (current.size >= GENERATION_LIMIT) {
    previous = current;
    current = new Map();
  }
  current.set(text, analyzed);
  return analyzed;
}

/**
 * analyzeTexts with a bounded memo for knowledge-base texts, so rebuilding the index after one FAQ edit
 * only re-analyses what changed. Two generations: texts unused for a whole generation are forgotten
 * without ever dropping the ones the current knowledge base still uses. Only for the default lexicon.
 */
export function analyzeKbTexts(texts: readonly string[], lexicon: ExpansionLexicon = DEFAULT_LEXICON): AnalyzedText[] {
  const whole = { capped: false };
  if (lexicon !== DEFAULT_LEXICON) return analyzeTexts(texts, lexicon, whole);
  const known = (text: string): AnalyzedText | undefined => current.get(text) ?? previous.get(text);
  const missing = [...new Set(texts.filter((text) => !known(text)))];
  const fresh = new Map(analyzeTexts(missing, lexicon, whole).map((analyzed, at) => [missing[at] ?? '', analyzed]));
  // Everything is looked up before anything is remembered, since remembering may retire a generation.
  const analyzed = texts.map((text) => {
    const found = fresh.get(text) ?? known(text);
    // `missing` is every text not known above, so each one is in `fresh` or known.
    if (!found) throw new Error('kb-text-memo: a text was neither remembered nor analysed');
    return found;
  });
  analyzed.forEach((result, at) => remember(texts[at] ?? '', result));
  return analyzed;
}
