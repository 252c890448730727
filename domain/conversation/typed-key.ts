/**
 * The polite particles a Thai message ends with (ครับ, ค่ะ, นะคะ, จ้า…), and their romanised forms: they
 * change the tone, not what is asked, so a typed word is compared without them.
 */
const POLITE_ENDINGS = /(ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|จ๊ะ|นะ|น้า|ฮะ|krub|ka)+$/u;

/**
 * How typed words are compared with a button's label, a command or a word list: case, spaces,
 * punctuation, symbols and closing polite particles aside. A message that is nothing but a particle
 * («ค่ะ») keeps it: that is a reply, not an empty message.
 */
export function typedKey(text: string): string {
  const key = text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
  return key.replace(POLITE_ENDINGS, '') || key;
}
