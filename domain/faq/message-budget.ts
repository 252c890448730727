/**
 * CPU budget per message: LINE allows 5,000 characters, and matching work grows with the text. A long
 * message keeps its opening (often the topic) and its end (where Thai puts the question); the middle
 * of a story is dropped. Words longer than any real word skip the quadratic re-splitting, and spelling
 * correction is tried for a bounded number of words.
 */
export const MESSAGE_BUDGET = {
  maxChars: 400,
  headChars: 150,
  maxWordForSplitting: 30,
  maxWordForCorrection: 20,
  maxCorrections: 12,
  maxQueryTerms: 40,
  maxSurfaceChars: 300,
};

const WHITESPACE = /\s/;

/** The first `headChars` and the last characters up to `maxChars`, cut at whitespace where there is some. */
export function capLength(text: string, budget = MESSAGE_BUDGET): string {
  if (text.length <= budget.maxChars) return text;
  let headEnd = budget.headChars;
  while (headEnd > budget.headChars / 2 && !WHITESPACE.test(text[headEnd] ?? ' ')) headEnd--;
  if (headEnd <= budget.headChars / 2) headEnd = budget.headChars;
  const tailLength = budget.maxChars - headEnd;
  let tailStart = text.length - tailLength;
  const limit = tailStart + tailLength / 2;
  while (tailStart < limit && !WHITESPACE.test(text[tailStart - 1] ?? ' ')) tailStart++;
  if (tailStart >= limit) tailStart = text.length - tailLength;
  return `${text.slice(0, headEnd)}\n${text.slice(tailStart)}`;
}
