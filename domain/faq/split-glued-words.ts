import { segmentWords } from './segment.ts';
import { isThaiWord } from './thai-dictionary.ts';

/**
 * ICU does not know dotless abbreviations (อบต, ศพด) or dialect words (พรือ) and cuts them across its
 * own word boundaries together with their neighbours ("จากอบต" → จา|กอบ|ต, "ศพดรับ" → ศพ|ดรับ). This
 * re-cuts such a stretch around the lexicon form and segments what is left on either side again.
 */
const COMBINING_OR_FOLLOWING_VOWEL = /[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]/;
const LEADING_VOWEL = /[\u0e40-\u0e44]/;
const SINGLE_LETTER = /^[\u0e01-\u0e2e]$/;
/** Leftovers of one or two letters are the sign of a real word that merely contains the form (ตอบตกลง). */
const MIN_LEFTOVER = 2;

interface Stretch {
  first: number;
  last: number;
  before: string;
  after: string;
}

function wordStarts(words: readonly string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const word of words) {
    starts.push(offset);
    offset += word.length;
  }
  return starts;
}

function pieceAt(starts: readonly number[], offset: number): number {
  let piece = 0;
  while (piece + 1 < starts.length && (starts[piece + 1] ?? 0) <= offset) piece++;
  return piece;
}

function leftoverIsWordLike(leftover: string): boolean {
  return leftover.length === 0 || (leftover.length >= MIN_LEFTOVER && !segmentWords(leftover).some((piece) => SINGLE_LETTER.test(piece)));
}

/** The stretch of words a form cuts across, or undefined when it does not cut a word or cannot stand alone. */
function stretchFor(words: readonly string[], starts: readonly number[], start: number, end: number): Stretch | undefined {
  let first = pieceAt(starts, start);
  let last = pieceAt(starts, end - 1);
  // A one-letter leftover belongs to a neighbour when ICU visibly broke the stretch (จา|กอบ|ต), not in ขอ|ตอบ|ตกลง.
  const broken = words.slice(Math.max(0, first - 1), last + 2).some((word) => SINGLE_LETTER.test(word));
  if (broken && first > 0 && start - (starts[first] ?? 0) === 1) first--;
  if (broken && last + 1 < words.length && (starts[last] ?? 0) + (words[last]?.length ?? 0) - end === 1) last++;
  const firstStart = starts[first] ?? 0;
  const lastEnd = (starts[last] ?? 0) + (words[last]?.length ?? 0);
  if (pieceAt(starts, start) === pieceAt(starts, end - 1) || (start === firstStart && end === lastEnd)) return undefined;
  // Real words that merely contain the form between them (เกือบ|ตกลง holds อบต) are left as they are.
  if (words.slice(first, last + 1).every(isThaiWord)) return undefined;
  const joined = words.slice(first, last + 1).join('');
  const before = joined.slice(0, start - firstStart);
  const after = joined.slice(end - firstStart);
  if (LEADING_VOWEL.test(before.at(-1) ?? '') || COMBINING_OR_FOLLOWING_VOWEL.test(after[0] ?? '')) return undefined;
  if (!leftoverIsWordLike(before) || !leftoverIsWordLike(after)) return undefined;
  return { first, last, before, after };
}

const PREFIX = 2;
const formsByPrefix = new WeakMap<readonly string[], Map<string, string[]>>();

/** Forms grouped by their first letters, so a text is scanned once instead of once per form. */
function byPrefix(forms: readonly string[]): Map<string, string[]> {
  let table = formsByPrefix.get(forms);
  if (table) return table;
  table = new Map();
  for (const form of forms) {
    const key = form.slice(0, PREFIX);
    table.set(key, [...(table.get(key) ?? []), form]);
  }
  formsByPrefix.set(forms, table);
  return table;
}

function firstCut(words: readonly string[], forms: readonly string[]): { stretch: Stretch; form: string } | undefined {
  const text = words.join('');
  const table = byPrefix(forms);
  let starts: number[] | undefined;
  for (let at = 0; at + PREFIX <= text.length; at++) {
    for (const form of table.get(text.slice(at, at + PREFIX)) ?? []) {
      if (!text.startsWith(form, at)) continue;
      starts ??= wordStarts(words);
      const stretch = stretchFor(words, starts, at, at + form.length);
      if (stretch) return { stretch, form };
    }
  }
  return undefined;
}

/** `forms` longest first; words that no form cuts across are returned unchanged. */
export function splitGluedWords(words: string[], forms: readonly string[]): string[] {
  let current = words;
  for (let round = 0; round < words.length; round++) {
    const cut = firstCut(current, forms);
    if (!cut) return current;
    const { stretch, form } = cut;
    const pieces = [...segmentWords(stretch.before), form, ...segmentWords(stretch.after)];
    current = [...current.slice(0, stretch.first), ...pieces, ...current.slice(stretch.last + 1)];
  }
  return current;
}
