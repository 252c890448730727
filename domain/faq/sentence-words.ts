/** One sentence as the analysis reads it: split, spell-repaired, joined into lexicon forms, with its number ranges. */
import { markSpaceBreaks } from './clauses.ts';
import { expandWord } from './expand-word.ts';
import { EXPANSION_STRENGTH, type Expansion, type ExpansionLexicon } from './expansion-lexicon.ts';
import { MESSAGE_BUDGET } from './message-budget.ts';
import { rangeTerms } from './number-ranges.ts';
import { dropFinalParticles, joinLexiconWords, mergeAbbreviations, resolveQuestionParticle, type JoinedWord } from './rewrite.ts';
import { repairSpelling, type SpellingVocabulary } from './spelling-repair.ts';
import { splitGluedWords } from './split-glued-words.ts';
import { splitUnknownWord } from './split-unknown.ts';
import { isFunctionWord } from './stopwords.ts';

function isKnownPiece(lexicon: ExpansionLexicon, piece: string): boolean {
  return lexicon.entries.has(piece) || isFunctionWord(piece);
}

function splitUnknownWords(words: string[], lexicon: ExpansionLexicon): string[] {
  return words.flatMap((word) =>
    word.length > MESSAGE_BUDGET.maxWordForSplitting
      ? [word]
      : splitUnknownWord(word, (piece) => isKnownPiece(lexicon, piece), (piece) => lexicon.entries.has(piece)),
  );
}

/**
 * Phrases that only appear once regional or chat words are read in central Thai (ลุก|บ่ได้ → ลุกไม่ได้,
 * bedridden): their concepts are added to the phrase's first word, beside what the words say themselves.
 */
function translatedPhrases(joined: JoinedWord[], lexicon: ExpansionLexicon): Map<number, Expansion[]> {
  const extra = new Map<number, Expansion[]>();
  const central = joined.map(({ word }) => lexicon.entries.get(word)?.translations.join('') || word);
  if (central.every((text, at) => text === joined[at]?.word)) return extra;
  for (const phrase of joinLexiconWords(central, lexicon)) {
    // One regional word may translate into a whole phrase (ลุกบ่ได้ → ลุก ไม่ ได้); a lone untranslated word has its own concepts already.
    const translatedAlone = phrase.pieces.length === 1 && central[phrase.start] !== joined[phrase.start]?.word;
    if ((phrase.pieces.length < 2 && !translatedAlone) || !lexicon.entries.get(phrase.word)?.concepts.length) continue;
    const expansions = expandWord(lexicon, phrase.word, []).expansions.map((e) => ({ ...e, strength: e.strength * EXPANSION_STRENGTH.translation }));
    extra.set(phrase.start, expansions);
  }
  return extra;
}

export interface SentenceWords {
  joined: JoinedWord[];
  breaks: boolean[];
  extra: Map<number, Expansion[]>;
  /** The number ranges it states (number-ranges.ts), as terms. */
  ranges: string[];
}

/** The words of one sentence, joined into lexicon forms, each marked with a space before it or not. */
export function sentenceWords(normalized: string, segmented: string[], lexicon: ExpansionLexicon, speller: SpellingVocabulary | undefined): SentenceWords {
  const split = splitUnknownWords(splitGluedWords(mergeAbbreviations(segmented), lexicon.gluedForms), lexicon);
  const pieces = speller ? repairSpelling(speller, split) : split;
  const words = dropFinalParticles(resolveQuestionParticle(pieces));
  const breaks = markSpaceBreaks(normalized, words);
  const joined = joinLexiconWords(words, lexicon);
  return { joined, breaks: joined.map((word) => breaks[word.start] ?? false), extra: translatedPhrases(joined, lexicon), ranges: rangeTerms(words) };
}
