import type { ExpansionLexicon } from './expansion-lexicon.ts';
import { CHUNK_FINAL_PARTICLES, FINAL_ONLY_PARTICLES, FINAL_QUESTION_PARTICLES, PARTICLES } from './function-words.ts';
import { isFunctionWord } from './stopwords.ts';

const TRAILING_PARTICLES = new RegExp(
  `(?<![\\u0e40-\\u0e44])(?:${[...CHUNK_FINAL_PARTICLES].sort((a, b) => b.length - a.length).join('|')})+(?=\\s|$)`,
  'g',
);

/** Removes polite particles glued to the end of each space-separated chunk (ได้ไหมคร้าบ → ได้ไหม). */
export function stripTrailingParticles(normalizedText: string): string {
  return normalizedText.replace(TRAILING_PARTICLES, '').replace(/\s+/g, ' ').trim();
}

const SINGLE_THAI_CONSONANT = /^[\u0e01-\u0e2e]$/;
const DIGITS = /^\d+$/;

/** อ.บ.ต / ภ.ป.1 arrive as single letters after punctuation is removed: glue runs of them back together. */
export function mergeAbbreviations(words: string[]): string[] {
  const merged: string[] = [];
  let run = '';
  let letters = 0;
  const flush = (): void => {
    if (run) merged.push(run);
    run = '';
    letters = 0;
  };
  for (const word of words) {
    const isLetter = SINGLE_THAI_CONSONANT.test(word);
    if (isLetter || (letters > 0 && DIGITS.test(word))) {
      run += word;
      if (isLetter) letters++;
      continue;
    }
    flush();
    merged.push(word);
  }
  flush();
  return merged;
}

/**
 * Turns a sentence-final dialect question particle (Isan บ่, northern ก่อ) into ไหม before the dialect
 * table reads บ่ as ไม่. Trailing particles are skipped but kept: they may still be part of a phrase (ร้านทำผม).
 */
export function resolveQuestionParticle(words: string[]): string[] {
  let last = words.length - 1;
  while (last > 0 && (PARTICLES.has(words[last] ?? '') || FINAL_ONLY_PARTICLES.has(words[last] ?? ''))) last--;
  if (last <= 0 || !FINAL_QUESTION_PARTICLES.has(words[last] ?? '')) return words;
  return words.map((word, index) => (index === last ? 'ไหม' : word));
}

/** Drops particles that are ordinary words elsewhere (ค่า = fee) when they end the sentence. */
export function dropFinalParticles(words: string[]): string[] {
  let end = words.length;
  while (end > 1 && FINAL_ONLY_PARTICLES.has(words[end - 1] ?? '')) end--;
  return words.slice(0, end);
}

const TONE_MARK = /[\u0e47-\u0e4e]/;

/**
 * Falls back to the toneless table only for spans typed entirely without tone marks that do not start
 * with a function word, so "ขอ|ความ" never becomes ข้อความ and "จะ|ได้" never becomes a dialect word.
 */
function lookup(lexicon: ExpansionLexicon, words: string[], start: number, key: string): string | undefined {
  if (lexicon.entries.has(key)) return key;
  if (TONE_MARK.test(key) || isFunctionWord(words[start] ?? '')) return undefined;
  return lexicon.toneless.get(key);
}

/** A word of the text: a lexicon form when consecutive ICU pieces make one (ร้าน|ทำ|ผม → ร้านทำผม). */
export interface JoinedWord {
  word: string;
  pieces: string[];
  /** Index of its first piece. */
  start: number;
}

/** Longest match of consecutive words against the lexicon; the matched pieces become one word, nothing is replaced. */
export function joinLexiconWords(words: string[], lexicon: ExpansionLexicon): JoinedWord[] {
  const output: JoinedWord[] = [];
  let index = 0;
  while (index < words.length) {
    let matchEnd = index;
    let found: string | undefined;
    let key = '';
    for (let end = index; end < words.length; end++) {
      key += words[end];
      if (!lexicon.prefixes.has(key)) break;
      const hit = lookup(lexicon, words, index, key);
      if (hit) {
        matchEnd = end;
        found = hit;
      }
    }
    const pieces = words.slice(index, matchEnd + 1);
    output.push({ word: found ?? pieces.join(''), pieces, start: index });
    index = matchEnd + 1;
  }
  return output;
}
