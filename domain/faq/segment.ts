const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** Puts a space where the script changes (Thai ↔ Latin ↔ digits) so the segmenter sees separate runs. */
const SCRIPT_BOUNDARY = /(?<=[\u0e01-\u0e4e])(?=[a-z0-9])|(?<=[a-z0-9])(?=[\u0e01-\u0e4e])|(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])/g;

/** Splits normalised text into words with ICU's Thai dictionary segmenter (`Intl.Segmenter`). */
export function segmentWords(normalizedText: string): string[] {
  const spaced = normalizedText.replace(SCRIPT_BOUNDARY, ' ');
  const words: string[] = [];
  for (const part of segmenter.segment(spaced)) {
    if (part.isWordLike) words.push(part.segment);
  }
  return words;
}
