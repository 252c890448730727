import { createRequire } from 'node:module';
import { PARTICLES } from './function-words.ts';

const require = createRequire(import.meta.url);
// stopwords-th ships a bare JSON array as its main entry.
const STOPWORDS_TH: string[] = require('stopwords-th') as string[];

/**
 * Words of stopwords-th that decide which FAQ answers a question here (ไม่ vs ได้, เปิด = office hours,
 * เข้า = money arrived, ต่อ = renew, วัน = which day, อะไร = what) and must not be dropped.
 */
const CONTENT_WORDS = new Set([
  'ไม่', 'เปิด', 'เปิดเผย', 'ส่ง', 'รับ', 'ลง', 'วัน', 'ผล', 'ออก', 'เข้า', 'ก่อน', 'หลัง', 'แรก', 'ถูก', 'ต่อ', 'ทุก',
  'อะไร', 'ช่วง', 'ครั้ง', 'ราย', 'ร่วม', 'ตั้ง', 'จัด', 'พบ', 'เดียว', 'หลาย', 'ขึ้น',
]);

/** Extra Thai function words that stopwords-th misses. */
const EXTRA_STOPWORDS = ['บ้าง', 'ไหม', 'อยู่', 'แล้ว', 'เลย', 'ใด', 'ได้', 'จะ', 'ก็', 'คือ', 'ไป', 'มา', 'ทำ', 'ช่วย', 'ขอ', 'อยาก', 'ต้อง', 'มี', 'เป็น', 'ให้', 'กับ', 'ของ', 'ว่า', 'ถ้า', 'หรือ', 'และ', 'แต่', 'เพื่อ', 'กัน', 'ดี', 'สัก', 'ซะ', 'ปกติ', 'ไม่รู้', 'แบบนี้', 'นึง'];

/** The same function words typed without tone marks (ได้ → ได, ต้อง → ตอง), which are not other words here. */
const TONELESS_STOPWORDS = ['ได', 'ตอง', 'แลว', 'บาง', 'อยู', 'นี', 'ให', 'ดวย', 'กอ', 'ที', 'ทีนี', 'นัน', 'ยัง', 'เคา', 'หนอย', 'ดิฉัน', 'ละ'];

/** Thai function words that add nothing to matching (stopwords-th minus content words, plus a few). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  [...STOPWORDS_TH.map((word) => word.normalize('NFC').replace(/\u0e4d\u0e32/g, '\u0e33')), ...EXTRA_STOPWORDS, ...TONELESS_STOPWORDS].filter(
    (word) => !CONTENT_WORDS.has(word),
  ),
);

export function isFunctionWord(word: string): boolean {
  return STOPWORDS.has(word) || PARTICLES.has(word);
}
