import { stripToneMarks } from './normalize.ts';

/**
 * Spelling correction for words the index has never seen: same word without tone marks, or one
 * character missing/extra/wrong (symmetric delete: both sides reduced by one deletion meet in a table).
 */
export interface FuzzyVocabulary {
  toneless: Map<string, string>;
  deletions: Map<string, string>;
}

/** Shorter words are too easily one edit away from another word to be corrected by an edit. */
const MIN_EDIT_LENGTH = 4;

function oneDeletions(word: string): string[] {
  const chars = [...word];
  return chars.map((_, index) => [...chars.slice(0, index), ...chars.slice(index + 1)].join(''));
}

function remember(table: Map<string, string>, key: string, word: string): void {
  if (!table.has(key)) table.set(key, word);
}

/** `words` in order of preference (most frequent first): the first word claims a shared key. */
export function buildFuzzyVocabulary(words: Iterable<string>): FuzzyVocabulary {
  const vocabulary: FuzzyVocabulary = { toneless: new Map(), deletions: new Map() };
  for (const word of words) {
    const toneless = stripToneMarks(word);
    remember(vocabulary.toneless, toneless, word);
    if ([...toneless].length < MIN_EDIT_LENGTH) continue;
    remember(vocabulary.deletions, toneless, word);
    for (const deletion of oneDeletions(toneless)) remember(vocabulary.deletions, deletion, word);
  }
  return vocabulary;
}

/** The word one edit away from `toneless` (a word already stripped of tone marks), if any. */
export function editMatch(vocabulary: FuzzyVocabulary, toneless: string): string | undefined {
  if ([...toneless].length < MIN_EDIT_LENGTH) return undefined;
  const direct = vocabulary.deletions.get(toneless);
  if (direct !== undefined) return direct;
  for (const deletion of oneDeletions(toneless)) {
    const found = vocabulary.deletions.get(deletion);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Consonants that regional and colloquial writing puts for the central one: Isan and Northern ฮ for ร
 * (ฮ้าน, เฮือน, ฮ้องเรียน), Northern จ for ช (จ้วย), Isan ซ for ช (ซ่วย), and ล for ร in casual typing.
 */
const SOUND_SHIFTS: readonly [string, string][] = [['ฮ', 'ร'], ['จ', 'ช'], ['ซ', 'ช'], ['ล', 'ร']];

/** The word `toneless` is when each of one kind of regional consonant is read as the central one. */
export function soundMatch(vocabulary: FuzzyVocabulary, toneless: string): string | undefined {
  for (const [regional, central] of SOUND_SHIFTS) {
    if (!toneless.includes(regional)) continue;
    const word = vocabulary.toneless.get(toneless.replaceAll(regional, central));
    if (word !== undefined) return word;
  }
  return undefined;
}

/** A real word (`isWord`) is only read with other tone marks: an edit or a sound shift would make it another word. */
export function correctWord(vocabulary: FuzzyVocabulary, word: string, isWord: (word: string) => boolean = () => false): string | undefined {
  const toneless = stripToneMarks(word);
  const sameLetters = vocabulary.toneless.get(toneless);
  if (sameLetters !== undefined || isWord(word)) return sameLetters;
  return soundMatch(vocabulary, toneless) ?? editMatch(vocabulary, toneless);
}
