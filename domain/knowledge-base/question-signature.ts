import { analyzeText } from '../faq/analyze.ts';
import { charNgrams } from '../faq/char-ngrams.ts';
import { isQuestionWord } from '../faq/clause-weights.ts';
import { normalizeText } from '../faq/normalize.ts';

/**
 * How a stored question finds the group that asks the same thing: Dice similarity of character trigrams
 * (tolerant of Thai's missing spaces and small typos), mostly of its content words (particles, stop words
 * and question words left out, so «อยากเรียน…ที่ไหนดี» does not make two topics one) and partly of the
 * whole text (so a typo that changes how a word is cut still matches); and MinHash band keys so that
 * only groups sharing a band are compared, never all of them.
 */
const CONTENT_SHARE = 0.6;
export const SAME_QUESTION = 0.55;
const HASHES = 24;
const ROWS_PER_BAND = 2;

export interface QuestionSignature {
  normalized: string;
  /** Its content words joined. */
  content: string;
  grams: SignatureGrams;
  bandKeys: string[];
}

/** 32-bit FNV-1a of a string, salted so each of the HASHES functions differs. */
function hash(text: string, salt: number): number {
  let value = (0x811c9dc5 ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0;
  for (let at = 0; at < text.length; at++) {
    value ^= text.charCodeAt(at);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

function bandKeys(grams: Iterable<string>): string[] {
  const minimum = new Array<number>(HASHES).fill(0xffffffff);
  for (const gram of grams) {
    for (let salt = 0; salt < HASHES; salt++) minimum[salt] = Math.min(minimum[salt] ?? 0, hash(gram, salt));
  }
  const keys: string[] = [];
  for (let band = 0; band < HASHES / ROWS_PER_BAND; band++) {
    const rows = minimum.slice(band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND).map((value) => value.toString(36));
    keys.push(`${band}:${rows.join('.')}`);
  }
  return keys;
}

function contentOf(text: string, normalized: string): string {
  const words = analyzeText(text).units.filter((unit) => !isQuestionWord(unit)).map((unit) => unit.word);
  return words.length > 0 ? words.join('') : normalized.replace(/\s+/g, '');
}

export type SignatureGrams = { content: Map<string, number>; whole: Map<string, number> };

export function signatureGrams(normalized: string, content: string): SignatureGrams {
  return { content: charNgrams(content), whole: charNgrams(normalized.replace(/\s+/g, '')) };
}

export function questionSignature(text: string): QuestionSignature {
  const normalized = normalizeText(text);
  const content = contentOf(text, normalized);
  const grams = signatureGrams(normalized, content);
  return { normalized, content, grams, bandKeys: grams.whole.size === 0 ? [] : bandKeys(grams.whole.keys()) };
}

export function questionSimilarity(a: SignatureGrams, b: SignatureGrams): number {
  return CONTENT_SHARE * dice(a.content, b.content) + (1 - CONTENT_SHARE) * dice(a.whole, b.whole);
}

/** Dice similarity of character trigram counts. */
function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [gram, count] of a) {
    shared += Math.min(count, b.get(gram) ?? 0);
    total += count;
  }
  for (const count of b.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}
