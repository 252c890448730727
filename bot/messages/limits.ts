/** Message content limits (docs/line-platform.md §2–3); request limits are in infra/line/request-limits.ts. */
export const MAX_TEXT_LENGTH = 5_000;
export const MAX_ALT_TEXT_LENGTH = 1_500;
export const MAX_QUICK_REPLY_ITEMS = 13;
export const MAX_ACTION_LABEL_LENGTH = 20;
/** A flex button's label may be longer than a quick reply's. */
export const MAX_FLEX_BUTTON_LABEL_LENGTH = 40;
export const MAX_POSTBACK_DATA_LENGTH = 300;

const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/**
 * Cuts text to a LINE limit counted in UTF-16 units, marking the cut with an ellipsis. It cuts
 * between graphemes so an emoji or a Thai vowel/tone mark is never split from its character.
 */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let kept = '';
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length + segment.length > maxLength - 1) break;
    kept += segment;
  }
  return `${kept}…`;
}

const words = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * Cuts a button label at a word boundary (Thai has no spaces, so by Intl.Segmenter), never in
 * the middle of a word: «1. ลงทะเบียนขอรับเ…» reads badly and two cut labels may look alike.
 */
export function truncateLabel(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let kept = '';
  for (const { segment } of words.segment(text)) {
    if (kept.length + segment.length > maxLength - 1) break;
    kept += segment;
  }
  return kept.trim() ? `${kept.trimEnd()}…` : truncate(text, maxLength);
}
