const SURROGATE = /[\ud800-\udfff]/;

/** Calls `visit` with each character n-gram of `surface` in order; short strings fall back to bigrams. */
export function forEachGram(surface: string, visit: (gram: string) => void, size = 3): void {
  // Thai and Latin text is all in the BMP, where UTF-16 units are characters and slicing is much cheaper.
  const chars: string | string[] = SURROGATE.test(surface) ? [...surface] : surface;
  const n = chars.length >= size ? size : 2;
  for (let index = 0; index + n <= chars.length; index++) {
    visit(typeof chars === 'string' ? chars.slice(index, index + n) : chars.slice(index, index + n).join(''));
  }
}

/** Character n-gram counts of a surface string; short strings fall back to bigrams so they still match. */
export function charNgrams(surface: string, size = 3): Map<string, number> {
  const grams = new Map<string, number>();
  forEachGram(surface, (gram) => grams.set(gram, (grams.get(gram) ?? 0) + 1), size);
  return grams;
}
