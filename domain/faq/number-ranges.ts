/**
 * Numbers a question shares with an answer only by range: «อายุ ๖๘» is the 60–69 tier, «๙๑» is «90 ปีขึ้นไป».
 * Texts get a term for each range they state; a number in a question matches every range that holds it.
 */
const NUMBER = /^\d{1,7}$/;
/** Words after a number that leave it open upwards (90 ปีขึ้นไป, 3,000 บาทขึ้นไป); a unit may come between. */
const UPWARDS = new Set(['ขึ้นไป', 'ขึ้น']);
const UNITS = new Set(['ปี', 'บาท', 'วัน', 'เดือน', 'ขวบ', 'คน', 'ชั่วโมง', 'ตารางเมตร', 'งวด', 'ครั้ง']);
/** Words before a number that close it from above or below. */
const BELOW = new Set(['ต่ำกว่า', 'ไม่เกิน', 'น้อยกว่า']);
const ABOVE = new Set(['เกิน', 'มากกว่า', 'ตั้งแต่']);
const BETWEEN = new Set(['ถึง', 'to']);

export interface NumberRange {
  low: number;
  /** Inclusive; Infinity when open upwards. */
  high: number;
}

const RANGE_PREFIX = '#range:';

export const rangeToken = ({ low, high }: NumberRange): string => `${RANGE_PREFIX}${low}-${Number.isFinite(high) ? high : ''}`;

export function parseRangeToken(token: string): NumberRange | undefined {
  if (!token.startsWith(RANGE_PREFIX)) return undefined;
  const [low, high] = token.slice(RANGE_PREFIX.length).split('-');
  return { low: Number(low), high: high ? Number(high) : Infinity };
}

/** An open range holds only numbers of as many digits as its bound: «60 ปีขึ้นไป» is an age, not 1669. */
export function rangeHolds(range: NumberRange, value: number): boolean {
  if (value < range.low || value > range.high) return false;
  return Number.isFinite(range.high) || String(value).length === String(range.low).length;
}

const numberAt = (words: readonly string[], at: number): number | undefined => (NUMBER.test(words[at] ?? '') ? Number(words[at]) : undefined);

function rangeAt(words: readonly string[], at: number): NumberRange | undefined {
  const value = numberAt(words, at);
  if (value === undefined) return undefined;
  const next = words[at + 1] ?? '';
  const end = numberAt(words, at + 2);
  if (BETWEEN.has(next) && end !== undefined && end > value) return { low: value, high: end };
  const after = UNITS.has(next) ? (words[at + 2] ?? '') : next;
  if (UPWARDS.has(after)) return { low: value, high: Infinity };
  const before = words[at - 1] ?? '';
  if (BELOW.has(before)) return { low: 0, high: value };
  if (ABOVE.has(before)) return { low: value, high: Infinity };
  return undefined;
}

/** The ranges a sentence states, as index terms, from its words before they are joined into lexicon forms. */
export function rangeTerms(words: readonly string[]): string[] {
  const terms: string[] = [];
  for (let at = 0; at < words.length; at++) {
    const range = rangeAt(words, at);
    if (range) terms.push(rangeToken(range));
  }
  return terms;
}

/** The numbers written in a word (อายุ68 → 68). */
export const numbersIn = (word: string): number[] => (word.match(/\d{1,7}/g) ?? []).map(Number);
