import type { AnalyzedText } from './analyzed-text.ts';
import { splitSentences } from './clauses.ts';
import type { ExpansionLexicon } from './expansion-lexicon.ts';
import { capLength } from './message-budget.ts';
import { normalizeText } from './normalize.ts';
import { stripTrailingParticles } from './rewrite.ts';
import { segmentMany } from './segment.ts';
import { sentenceWords } from './sentence-words.ts';
import { DEFAULT_LEXICON } from './shipped-lexicon.ts';
import type { SpellingVocabulary } from './spelling-repair.ts';
import { TextBuilder } from './text-builder.ts';

function prepareSentences(text: string, capped: boolean): string[] {
  return splitSentences(capped ? capLength(text) : text)
    .map((sentence) => stripTrailingParticles(normalizeText(sentence)))
    .filter(Boolean);
}

export interface AnalyzeOptions {
  /** A user's message is capped (MESSAGE_BUDGET); knowledge-base texts are read whole. */
  capped: boolean;
  /** Repairs misspelt stretches against the index's words (questions only: the knowledge base is spelt right). */
  speller?: SpellingVocabulary;
}

/** analyzeText for many texts at once, segmenting all their sentences in one ICU pass. */
export function analyzeTexts(texts: readonly string[], lexicon: ExpansionLexicon = DEFAULT_LEXICON, options: AnalyzeOptions = { capped: true }): AnalyzedText[] {
  const sentences = texts.map((text) => prepareSentences(text, options.capped));
  const segmented = segmentMany(sentences.flat());
  let cursor = 0;
  return sentences.map((list) => {
    const builder = new TextBuilder(lexicon);
    for (const sentence of list) {
      builder.addSentence(sentenceWords(sentence, segmented[cursor++] ?? [], lexicon, options.speller));
    }
    return builder.finish();
  });
}

/** normalise → cut into sentences → segment → join lexicon forms → expand → drop particles and stop words → clauses. */
export function analyzeText(text: string, lexicon: ExpansionLexicon = DEFAULT_LEXICON, speller?: SpellingVocabulary): AnalyzedText {
  return analyzeTexts([text], lexicon, { capped: true, speller })[0] ?? { units: [], terms: [], surface: '', clauses: [] };
}
