import { isClauseMarker, markSpaceBreaks, questionLeadLength, settleClauses, splitSentences, type Clause, type ClauseDraft } from './clauses.ts';
import { expandWord } from './expand-word.ts';
import { EXPANSION_STRENGTH, type Expansion, type ExpansionLexicon } from './expansion-lexicon.ts';
import { PARTICLES, QUESTION_WORDS } from './function-words.ts';
import { capLength, MESSAGE_BUDGET } from './message-budget.ts';
import { rangeTerms } from './number-ranges.ts';
import { normalizeText, stripToneMarks } from './normalize.ts';
import { dropFinalParticles, joinLexiconWords, mergeAbbreviations, resolveQuestionParticle, stripTrailingParticles, type JoinedWord } from './rewrite.ts';
import { segmentMany } from './segment.ts';
import { DEFAULT_LEXICON } from './shipped-lexicon.ts';
import { repairSpelling, type SpellingVocabulary } from './spelling-repair.ts';
import { splitGluedWords } from './split-glued-words.ts';
import { splitUnknownWord } from './split-unknown.ts';
import { STOPWORDS } from './stopwords.ts';

/** A content word of a text with what it may also stand for. */
export interface AnalyzedUnit {
  word: string;
  clause: number;
  expansions: Expansion[];
  agency: string | undefined;
}

/** A text reduced to what matters for matching. */
export interface AnalyzedText {
  /** Content words in order, duplicates kept. */
  units: AnalyzedUnit[];
  /** What the index stores for the text: each word and its expansions (broader related concepts aside). */
  terms: string[];
  /** Content words joined and stripped of tone marks, for character n-grams. */
  surface: string;
  clauses: Clause[];
}

/** A consonant left alone after abbreviations were merged is a segmentation crumb (ชื่อออก → ออ|ก), not a word. */
const LONE_LETTER = /^[\u0e01-\u0e2e]$/;

function isKnownPiece(lexicon: ExpansionLexicon, piece: string): boolean {
  return lexicon.entries.has(piece) || PARTICLES.has(piece) || STOPWORDS.has(piece);
}

function splitUnknownWords(words: string[], lexicon: ExpansionLexicon): string[] {
  return words.flatMap((word) =>
    word.length > MESSAGE_BUDGET.maxWordForSplitting
      ? [word]
      : splitUnknownWord(word, (piece) => isKnownPiece(lexicon, piece), (piece) => lexicon.entries.has(piece)),
  );
}

function isQuestionWord(lexicon: ExpansionLexicon, word: string): boolean {
  return QUESTION_WORDS.has(word) || (lexicon.entries.get(word)?.translations.some((t) => QUESTION_WORDS.has(t)) ?? false);
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

interface SentenceWords {
  joined: JoinedWord[];
  breaks: boolean[];
  extra: Map<number, Expansion[]>;
  /** The number ranges it states (number-ranges.ts), as terms. */
  ranges: string[];
}

/** The words of one sentence, joined into lexicon forms, each marked with a space before it or not. */
function sentenceWords(normalized: string, segmented: string[], lexicon: ExpansionLexicon, speller: SpellingVocabulary | undefined): SentenceWords {
  const split = splitUnknownWords(splitGluedWords(mergeAbbreviations(segmented), lexicon.gluedForms), lexicon);
  const pieces = speller ? repairSpelling(speller, split) : split;
  const words = dropFinalParticles(resolveQuestionParticle(pieces));
  const breaks = markSpaceBreaks(normalized, words);
  const joined = joinLexiconWords(words, lexicon);
  return { joined, breaks: joined.map((word) => breaks[word.start] ?? false), extra: translatedPhrases(joined, lexicon), ranges: rangeTerms(words) };
}

class TextBuilder {
  readonly units: AnalyzedUnit[] = [];
  readonly drafts: ClauseDraft[] = [];
  private current: ClauseDraft = { question: false, lead: false, units: [] };

  private readonly lexicon: ExpansionLexicon;

  constructor(lexicon: ExpansionLexicon) {
    this.lexicon = lexicon;
  }

  /** Closes the clause at a boundary, unless it is still too short to stand alone. */
  boundary(force: boolean): void {
    if (this.current.units.length === 0 && !force) return;
    if (this.current.units.length < 2 && !force) return;
    if (this.current.units.length > 0 || this.current.lead) this.drafts.push(this.current);
    this.current = { question: false, lead: false, units: [] };
  }

  addSentence({ joined, breaks, extra, ranges }: SentenceWords): void {
    this.boundary(false);
    const words = joined.map((word) => word.word);
    let leadLeft = 0;
    joined.forEach((word, at) => {
      const lead = leadLeft === 0 ? questionLeadLength(words, at) : 0;
      if (at > 0 && (breaks[at] || isClauseMarker(word.word))) this.boundary(false);
      if (lead > 0) {
        this.boundary(this.current.units.length > 0);
        this.current.lead = true;
        leadLeft = lead;
      }
      if (isQuestionWord(this.lexicon, word.word)) this.current.question = true;
      // The lead's own words (อยาก|รู้|ว่า) only mark where the question starts.
      if (leadLeft > 0) leadLeft--;
      else this.addWord(word, extra.get(at) ?? []);
    });
    for (const range of ranges) this.addUnit({ word: range, clause: 0, expansions: [], agency: undefined });
  }

  private addUnit(unit: AnalyzedUnit): void {
    this.current.units.push(this.units.length);
    this.units.push(unit);
  }

  private addWord({ word, pieces }: JoinedWord, phraseExpansions: Expansion[]): void {
    if (PARTICLES.has(word) || STOPWORDS.has(word) || LONE_LETTER.test(word)) return;
    const expanded = expandWord(this.lexicon, word, pieces);
    if (expanded.functionOnly && phraseExpansions.length === 0) return;
    this.addUnit({ word, clause: 0, expansions: [...expanded.expansions, ...phraseExpansions], agency: expanded.agency });
  }

  finish(): AnalyzedText {
    this.boundary(true);
    const { clauses, unitClause } = settleClauses(this.drafts);
    this.units.forEach((unit, at) => (unit.clause = unitClause.get(at) ?? 0));
    const terms = this.units.flatMap((unit) => [unit.word, ...unit.expansions.filter((e) => e.kind !== 'related').map((e) => e.token)]);
    const surface = stripToneMarks(this.units.map((unit) => (unit.word.startsWith('#') ? '' : unit.word)).join('')).slice(0, MESSAGE_BUDGET.maxSurfaceChars);
    return { units: this.units, terms, surface, clauses };
  }
}

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
  const analyzed = texts.map((text) => fresh.get(text) ?? known(text) ?? analyzeTexts([text], lexicon, whole)[0]!);
  analyzed.forEach((result, at) => remember(texts[at] ?? '', result));
  return analyzed;
}
