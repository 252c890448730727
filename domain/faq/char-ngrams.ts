/** Character n-gram counts of a surface string; short strings fall back to bigrams so they still match. */
export function charNgrams(surface: string, size = 3): Map<string, number> {
  const grams = new Map<string, number>();
  const chars = [...surface];
  const n = chars.length >= size ? size : 2;
  for (let index = 0; index + n <= chars.length; index++) {
    const gram = chars.slice(index, index + n).join('');
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}
