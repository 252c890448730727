/** How typed words are compared with a button's label: case, spaces, punctuation and closing polite particles aside. */
export function commandKey(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '').replace(/(ค่ะ|คะ|ครับ|คับ|นะ|จ้า|จ้ะ)+$/u, '');
}
