const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** Puts a space where the script changes (Thai ↔ Latin ↔ digits) so the segmenter sees separate runs. */
const SCRIPT_BOUNDARY = /(?<=[\u0e01-\u0e4e])(?=[a-z0-9])|(?<=[a-z0-9])(?=[\u0e01-\u0e4e])|(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])/g;

/**
 * Splits normalised texts (no line breaks) into words with ICU's Thai dictionary segmenter
 * (`Intl.Segmenter`). Many texts go through one ICU pass, joined by line breaks (always a word
 * boundary): per word that costs less than half of one call per text, which matters for index builds.
 */
export function segmentMany(normalizedTexts: readonly string[]): string[][] {
  const spaced = normalizedTexts.map((text) => text.replace(SCRIPT_BOUNDARY, ' '));
  const words: string[][] = spaced.map(() => []);
  let text = 0;
  let nextStart = (spaced[0]?.length ?? 0) + 1;
  for (const part of segmenter.segment(spaced.join('\n'))) {
    while (part.index >= nextStart) nextStart += (spaced[++text]?.length ?? 0) + 1;
    if (part.isWordLike) words[text]?.push(part.segment);
  }
  return words;
}

export function segmentWords(normalizedText: string): string[] {
  return segmentMany([normalizedText])[0] ?? [];
}
