/** Where an answer longer than a phone screen is cut: at a sentence, never mid-thought. */
export const READ_MORE_AFTER = 420;

const SENTENCE_END = /(\n|(?<=ค่ะ|ครับ|นะคะ|\.)\s)/gu;

/** The part shown first (up to about `max` characters, ending at a line or a sentence) and the rest. */
export function splitForReading(text: string, max = READ_MORE_AFTER): [string, string] {
  if (text.length <= max + 80) return [text, ''];
  let cut = -1;
  for (const match of text.matchAll(SENTENCE_END)) {
    if (match.index > max) break;
    cut = match.index;
  }
  if (cut < max / 3) return [text, ''];
  return [text.slice(0, cut).trimEnd(), text.slice(cut).trimStart()];
}
