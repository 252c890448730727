import { editMatch, soundMatch } from './fuzzy-vocabulary.ts';
import { stripToneMarks } from './normalize.ts';
import { misspeltStretches, tonelessMatch, type SpellingVocabulary } from './spelling-stretches.ts';

export type { SpellingVocabulary } from './spelling-stretches.ts';

/**
 * ICU segments a misspelt word into fragments (เกษตกร → เกษ|ตกร, ผูสูงอายุ → ผู|สูง|อา|ยุ), and a word
 * per word correction cannot see across them. Where unknown fragments cluster, the stretch is cut again
 * by dynamic programming over the words the matcher knows, allowing missing or wrong tone marks and one
 * edit per word; the new cut is kept only when it explains the stretch better than ICU's pieces did.
 */
/** Dictionary words are never longer than this, so no piece of a cut is. */
const MAX_WORD = 20;
/** A longer stretch is left as typed: its cut would try MAX_WORD pieces at every letter. */
const MAX_WINDOW = 40;
/**
 * Cost of one piece of a cut: an index word, a dictionary word, the same letters with other tone marks, a
 * regional consonant read as the central one (fuzzy-vocabulary.ts), one edit away, or unknown letters. An edit costs more than two real words, so it never merges them (ลา|ออก).
 */
const COST = { exact: 1, word: 1.2, toneless: 1.25, sound: 1.5, edit: 2.5, unknown: 1, unknownPerChar: 0.6 };
/** The new cut must beat ICU's by this much (a tie keeps what the user typed). */
const MIN_GAIN = 0.5;

const NO_BREAK_BEFORE = /[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]/;
const NO_BREAK_AFTER = /[\u0e40-\u0e44]/;

const unknownCost = (length: number): number => COST.unknown + COST.unknownPerChar * length;

interface Piece {
  word: string;
  cost: number;
}

/** The text taken as typed, when it is a word: one the matcher knows, or one of the general dictionary. */
function asTyped(vocabulary: SpellingVocabulary, text: string): Piece | undefined {
  if (vocabulary.isKnown(text)) return { word: text, cost: COST.exact };
  return vocabulary.isWord(text) ? { word: text, cost: COST.word } : undefined;
}

function known(vocabulary: SpellingVocabulary, text: string): Piece | undefined {
  const typed = asTyped(vocabulary, text);
  if (typed) return typed;
  const toneless = stripToneMarks(text);
  const sameLetters = tonelessMatch(vocabulary, toneless);
  if (sameLetters !== undefined) return { word: sameLetters, cost: COST.toneless };
  for (const [match, cost] of [[soundMatch, COST.sound], [editMatch, COST.edit]] as const) {
    for (const table of vocabulary.fuzzy) {
      const word = match(table, toneless);
      if (word !== undefined) return { word, cost };
    }
  }
  return undefined;
}

const canBreakAt = (text: string, at: number): boolean =>
  at === 0 || at === text.length || (!NO_BREAK_BEFORE.test(text[at] ?? '') && !NO_BREAK_AFTER.test(text[at - 1] ?? ''));

/** The cheapest cut of `text` into known words and runs of unknown letters. */
function cheapestCut(vocabulary: SpellingVocabulary, text: string): { words: string[]; cost: number } {
  const best: { cost: number; from: number; piece: Piece | undefined }[] = [{ cost: 0, from: 0, piece: undefined }];
  for (let end = 1; end <= text.length; end++) {
    best[end] = { cost: Infinity, from: 0, piece: undefined };
    if (!canBreakAt(text, end)) continue;
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      const before = best[start]?.cost ?? Infinity;
      if (before === Infinity || !canBreakAt(text, start)) continue;
      const piece = known(vocabulary, text.slice(start, end));
      const cost = before + (piece?.cost ?? unknownCost(end - start));
      if (cost < (best[end]?.cost ?? Infinity)) best[end] = { cost, from: start, piece };
    }
  }
  const words: string[] = [];
  for (let end = text.length; end > 0; end = best[end]?.from ?? 0) {
    const step = best[end];
    words.unshift(step?.piece?.word ?? text.slice(step?.from ?? 0, end));
  }
  return { words, cost: best[text.length]?.cost ?? Infinity };
}

/** What ICU's own pieces cost: a piece taken as typed if it is a word, unknown letters otherwise (a correction is not as typed). */
function originalCost(vocabulary: SpellingVocabulary, pieces: readonly string[]): number {
  return pieces.reduce((sum, piece) => sum + (asTyped(vocabulary, piece)?.cost ?? unknownCost(piece.length)), 0);
}

/** Re-cuts the stretches of a sentence's ICU pieces that look misspelt; everything else is kept as it is. */
export function repairSpelling(vocabulary: SpellingVocabulary, pieces: readonly string[]): string[] {
  const stretches = misspeltStretches(vocabulary, pieces);
  if (stretches.length === 0) return [...pieces];
  const output: string[] = [];
  let next = 0;
  for (const [first, last] of stretches) {
    output.push(...pieces.slice(next, first));
    const original = pieces.slice(first, last + 1);
    const text = original.join('');
    const cut = text.length <= MAX_WINDOW ? cheapestCut(vocabulary, text) : undefined;
    output.push(...(cut && cut.cost < originalCost(vocabulary, original) - MIN_GAIN ? cut.words : original));
    next = last + 1;
  }
  output.push(...pieces.slice(next));
  return output;
}
