import { PARTICLES } from './lexicon/index.ts';
import { normalizeText, stripToneMarks } from './normalize.ts';
import { dropFinalParticles, mergeAbbreviations, resolveQuestionParticle, rewriteSynonyms, stripTrailingParticles } from './rewrite.ts';
import { segmentMany, segmentWords } from './segment.ts';
import { splitGluedWords } from './split-glued-words.ts';
import { splitUnknownWord } from './split-unknown.ts';
import { STOPWORDS } from './stopwords.ts';
import { DEFAULT_LEXICON, type SynonymLexicon } from './synonym-lexicon.ts';

/** A text reduced to what matters for matching. */
export interface AnalyzedText {
  /** Canonical content words, in order, duplicates kept. */
  terms: string[];
  /** Content words joined and stripped of tone marks, for character n-grams. */
  surface: string;
}

/** A consonant left alone after abbreviations were merged is a segmentation crumb (ชื่อออก → ออ|ก), not a word. */
const LONE_LETTER = /^[\u0e01-\u0e2e]$/;

function isKnownPiece(lexicon: SynonymLexicon, piece: string): boolean {
  return lexicon.exact.has(piece) || PARTICLES.has(piece) || STOPWORDS.has(piece);
}

function splitUnknownWords(words: string[], lexicon: SynonymLexicon): string[] {
  return words.flatMap((word) =>
    splitUnknownWord(
      word,
      (piece) => isKnownPiece(lexicon, piece),
      (piece) => lexicon.exact.has(piece),
    ),
  );
}

function prepare(text: string): string {
  return stripTrailingParticles(normalizeText(text));
}

/** re-split unknown pieces → rewrite dialect and synonyms → drop particles and stop words. */
function analyzeWords(segmented: string[], lexicon: SynonymLexicon): AnalyzedText {
  const words = splitUnknownWords(splitGluedWords(mergeAbbreviations(segmented), lexicon.gluedForms), lexicon);
  // A second pass lets phrases combine words that the first pass translated (เอาหยังไป → เอาอะไรไป → เอกสาร).
  const rewritten = dropFinalParticles(rewriteSynonyms(rewriteSynonyms(resolveQuestionParticle(words), lexicon), lexicon));
  const terms = rewritten.filter((word) => !PARTICLES.has(word) && !STOPWORDS.has(word) && !LONE_LETTER.test(word));
  return { terms, surface: stripToneMarks(terms.join('')) };
}

/** normalise → segment → re-split unknown pieces → rewrite dialect and synonyms → drop particles and stop words. */
export function analyzeText(text: string, lexicon: SynonymLexicon = DEFAULT_LEXICON): AnalyzedText {
  return analyzeWords(segmentWords(prepare(text)), lexicon);
}

/** analyzeText for many texts at once, segmenting them in one pass. */
export function analyzeTexts(texts: readonly string[], lexicon: SynonymLexicon = DEFAULT_LEXICON): AnalyzedText[] {
  return segmentMany(texts.map(prepare)).map((words) => analyzeWords(words, lexicon));
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
export function analyzeKbTexts(texts: readonly string[], lexicon: SynonymLexicon = DEFAULT_LEXICON): AnalyzedText[] {
  if (lexicon !== DEFAULT_LEXICON) return analyzeTexts(texts, lexicon);
  const known = (text: string): AnalyzedText | undefined => current.get(text) ?? previous.get(text);
  const missing = [...new Set(texts.filter((text) => !known(text)))];
  const fresh = new Map(analyzeTexts(missing, lexicon).map((analyzed, at) => [missing[at] ?? '', analyzed]));
  // Everything is looked up before anything is remembered, since remembering may retire a generation.
  const analyzed = texts.map((text) => fresh.get(text) ?? known(text) ?? analyzeText(text, lexicon));
  analyzed.forEach((result, at) => remember(texts[at] ?? '', result));
  return analyzed;
}
