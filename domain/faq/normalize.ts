const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const THAI_DIGIT = /[\u0e50-\u0e59]/g;
/** Sara am typed as nikhahit + sara aa (optionally with a tone mark between) renders like ำ. */
const DECOMPOSED_SARA_AM = /\u0e4d([\u0e48-\u0e4b]?)\u0e32/g;
/** Two sara e typed for sara ae (เเ → แ) is a very common phone habit. */
const DOUBLE_SARA_E = /\u0e40\u0e40/g;
/** Thai vowel signs and tone marks never legitimately repeat. */
const REPEATED_MARK = /([\u0e30-\u0e3a\u0e45\u0e47-\u0e4e])\1+/g;
/** Any non-digit character typed three or more times in a row: ค่าาาา, มากกกก, !!!. */
const LONG_RUN = /([^\d])\1{2,}/gu;
/** 555 is Thai laughter (ห้า = "ha"); ถถถ is the same keys without shift. */
const LAUGHTER = /(?:5{3,}\+*|ถถถ+|(?:ฮ่า){2,}|(?:คิ){2,}|(?:อิ){2,})/g;
const TONE_MARKS = /[\u0e47-\u0e4e]/g;
/** Anything that is not a Thai letter, a Latin letter, a digit or a space separates words. */
const NON_WORD = /[^\u0e01-\u0e4e\p{L}\p{N}\s]+/gu;
const MAI_YAMOK = /\u0e46/g;
/** 1,000 is one number; 60–69 and 60-69 read as «60 ถึง 69» so the range survives punctuation. */
const THOUSANDS = /(?<=\d),(?=\d{3}(?!\d))/g;
const NUMBER_RANGE = /(?<=\d)\s*[–—-]\s*(?=\d)/g;
/**
 * A final letter typed twice (มากก, แล้วว) is emphasis, not spelling. น and ร are left alone (ถนน, ธรร…)
 * and so are two-letter words (งง), since the rule needs a letter or vowel before the pair.
 */
const DOUBLED_FINAL = /(?<=[\u0e01-\u0e4e])(?![\u0e19\u0e23])([\u0e01-\u0e2e])\1(?=\s|$)/g;

function thaiDigitToArabic(digit: string): string {
  return String(digit.charCodeAt(0) - 0x0e50);
}

/**
 * Canonical surface form for matching: NFC, no zero-width characters, Arabic digits, lower case,
 * repeated letters and laughter collapsed, punctuation turned into spaces, single spaces.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(DECOMPOSED_SARA_AM, '$1\u0e33')
    .replace(THAI_DIGIT, thaiDigitToArabic)
    .toLowerCase()
    .replace(LAUGHTER, ' ')
    .replace(DOUBLE_SARA_E, '\u0e41')
    .replace(LONG_RUN, '$1')
    .replace(REPEATED_MARK, '$1')
    .replace(MAI_YAMOK, ' ')
    .replace(THOUSANDS, '')
    .replace(NUMBER_RANGE, ' ถึง ')
    .replace(NON_WORD, ' ')
    .replace(DOUBLED_FINAL, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Drops tone marks and other diacritics users often omit or mistype (ไม่/ไม, ค่า/คา). */
export function stripToneMarks(text: string): string {
  return text.replace(TONE_MARKS, '');
}
