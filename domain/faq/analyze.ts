import { PARTICLES } from './lexicon/index.ts';
import { normalizeText, stripToneMarks } from './normalize.ts';
import { dropFinalParticles, mergeAbbreviations, resolveQuestionParticle, rewriteSynonyms, stripTrailingParticles } from './rewrite.ts';
import { segmentWords } from './segment.ts';
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

/** normalise → segment → re-split unknown pieces → rewrite dialect and synonyms → drop particles and stop words. */
export function analyzeText(text: string, lexicon: SynonymLexicon = DEFAULT_LEXICON): AnalyzedText {
  const words = splitUnknownWords(mergeAbbreviations(segmentWords(stripTrailingParticles(normalizeText(text)))), lexicon);
  // A second pass lets phrases combine words that the first pass translated (เอาหยังไป → เอาอะไรไป → เอกสาร).
  const rewritten = dropFinalParticles(rewriteSynonyms(rewriteSynonyms(resolveQuestionParticle(words), lexicon), lexicon));
  const terms = rewritten.filter((word) => !PARTICLES.has(word) && !STOPWORDS.has(word));
  return { terms, surface: stripToneMarks(terms.join('')) };
}

const CACHE_LIMIT = 50_000;
const cache = new Map<string, AnalyzedText>();

/**
 * analyzeText with a bounded memo for knowledge-base texts, so rebuilding the index after one FAQ
 * edit only re-analyses what changed. Only for the default lexicon.
 */
export function analyzeKbText(text: string, lexicon: SynonymLexicon = DEFAULT_LEXICON): AnalyzedText {
  if (lexicon !== DEFAULT_LEXICON) return analyzeText(text, lexicon);
  const cached = cache.get(text);
  if (cached) return cached;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const analyzed = analyzeText(text, lexicon);
  cache.set(text, analyzed);
  return analyzed;
}
