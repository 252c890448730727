/**
 * ICU glues words it does not know to their neighbours ("ไปไส" stays one piece). This re-splits such a
 * piece when it can be covered entirely by known lexicon words, at least one of them a synonym form.
 */
const NO_BREAK_BEFORE = /[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]/;
const NO_BREAK_AFTER = /[\u0e40-\u0e44]/;
const MAX_PIECES = 4;

function canBreakAt(word: string, index: number): boolean {
  return !NO_BREAK_BEFORE.test(word[index] ?? '') && !NO_BREAK_AFTER.test(word[index - 1] ?? '');
}

export function splitUnknownWord(
  word: string,
  isKnown: (piece: string) => boolean,
  isSynonymForm: (piece: string) => boolean,
): string[] {
  if (word.length < 3 || isKnown(word)) return [word];
  // fewest[i]: the shortest cover of word[0, i) as a list of known pieces, or undefined.
  const fewest: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    if (end < word.length && !canBreakAt(word, end)) continue;
    for (let start = 0; start < end; start++) {
      const prefix = fewest[start];
      const piece = word.slice(start, end);
      if (!prefix || !isKnown(piece) || prefix.length >= MAX_PIECES) continue;
      const current = fewest[end];
      if (!current || current.length > prefix.length + 1) fewest[end] = [...prefix, piece];
    }
  }
  const cover = fewest[word.length];
  if (!cover || cover.length < 2 || !cover.some(isSynonymForm)) return [word];
  return cover;
}
