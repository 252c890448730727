import { typedKey } from './typed-key.ts';

/**
 * Whether a message reads as a question (so a flow waiting for a button answers it from the FAQ
 * first). Central Thai question words and the common regional ones; a question mark always counts.
 */
const QUESTION_WORDS = /(ไหม|มั้ย|มั๊ย|อะไร|ยังไง|อย่างไร|เท่าไร|เท่าไหร่|ที่ไหน|ตรงไหน|เมื่อไร|เมื่อไหร่|หรือเปล่า|รึเปล่า|กี่|ทำไม|ใคร|ได้บ่|บ่\s*$|อีหยัง|จั่งใด|ไผ|แม่นบ่|หรือไม่)/u;

export function looksLikeQuestion(text: string): boolean {
  return /[?？]/.test(text) || QUESTION_WORDS.test(text);
}

const CANCEL_WORDS = new Set(['ยกเลิก', 'cancel', 'ไม่แจ้งแล้ว', 'ไม่เอาแล้ว', 'เลิก', 'หยุด', 'stop']);

/** «ยกเลิก» however it is typed (with particles, spaces or punctuation). */
export function isCancelWord(text: string): boolean {
  return CANCEL_WORDS.has(typedKey(text));
}
