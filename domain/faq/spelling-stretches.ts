import type { FuzzyVocabulary } from './fuzzy-vocabulary.ts';
import { stripToneMarks } from './normalize.ts';

/** What spelling repair knows: which pieces are words, and the index's words by their letters. */
export interface SpellingVocabulary {
  /** Words taken exactly as typed (index terms, lexicon forms, function words). */
  isKnown(word: string): boolean;
  /** Real words the matcher has no use for (a general dictionary): kept as typed, never a fragment. */
  isWord(word: string): boolean;
  /** Tone-mark and one-edit tables, most trusted first (the index's own words before the lexicon's). */
  fuzzy: readonly FuzzyVocabulary[];
}

/** A piece this short that nothing knows is an ICU fragment, not a word ICU recognised. */
const FRAGMENT_LENGTH = 3;
/** Up to this many adjacent real words may turn out to be one misspelt word. */
const JOIN_PIECES = 3;
const THAI = /[\u0e01-\u0e4e]/;

/** The index or lexicon word with the same letters as `toneless` whatever the tone marks, if any. */
export function tonelessMatch(vocabulary: SpellingVocabulary, toneless: string): string | undefined {
  for (const table of vocabulary.fuzzy) {
    const word = table.toneless.get(toneless);
    if (word !== undefined) return word;
  }
  return undefined;
}

const isFragment = (vocabulary: SpellingVocabulary, piece: string): boolean =>
  THAI.test(piece) && piece.length <= FRAGMENT_LENGTH && !vocabulary.isKnown(piece) && !vocabulary.isWord(piece);
const isUnknown = (vocabulary: SpellingVocabulary, piece: string): boolean => THAI.test(piece) && !vocabulary.isKnown(piece);

/** Stretches [first, last] of unknown pieces holding a fragment, widened by a short neighbour on each side. */
function fragmentStretches(vocabulary: SpellingVocabulary, pieces: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  const short = (piece: string | undefined): boolean => piece !== undefined && THAI.test(piece) && piece.length <= FRAGMENT_LENGTH;
  for (let at = 0; at < pieces.length; at++) {
    if (!isUnknown(vocabulary, pieces[at] ?? '')) continue;
    let last = at;
    while (last + 1 < pieces.length && isUnknown(vocabulary, pieces[last + 1] ?? '')) last++;
    if (pieces.slice(at, last + 1).some((piece) => isFragment(vocabulary, piece))) {
      found.push([short(pieces[at - 1]) ? at - 1 : at, short(pieces[last + 1]) ? last + 1 : last]);
    }
    at = last;
  }
  return found;
}

/**
 * Runs of real words that are a known word with other tone marks (หมู่|บาน → หมู่บ้าน, เจา|หน้าที่ → เจ้าหน้าที่).
 * Only tone marks: one edit across two real words too often makes a third (ลา|ออก → ลบออก).
 */
function misspeltJoins(vocabulary: SpellingVocabulary, pieces: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  for (let at = 0; at + 1 < pieces.length; at++) {
    for (let last = at + 1; last < Math.min(pieces.length, at + JOIN_PIECES); last++) {
      const run = pieces.slice(at, last + 1);
      if (!run.every((piece) => THAI.test(piece)) || run.every((piece) => vocabulary.isKnown(piece))) continue;
      const text = run.join('');
      if (!vocabulary.isKnown(text) && tonelessMatch(vocabulary, stripToneMarks(text)) !== undefined) found.push([at, last]);
    }
  }
  return found;
}

/** The stretches [first, last] of a sentence's pieces that may be misspelt, sorted and merged where they overlap. */
export function misspeltStretches(vocabulary: SpellingVocabulary, pieces: readonly string[]): [number, number][] {
  const all = [...fragmentStretches(vocabulary, pieces), ...misspeltJoins(vocabulary, pieces)].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [first, last] of all) {
    const previous = merged.at(-1);
    if (previous && previous[1] >= first) previous[1] = Math.max(previous[1], last);
    else merged.push([first, last]);
  }
  return merged;
}

