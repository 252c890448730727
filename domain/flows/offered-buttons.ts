import { z } from 'zod';
import { typedKey } from '../conversation/typed-key.ts';

/** A button a flow last offered: what it reads, what a tap shows as the person's message, and the postback it carries. */
const offeredButtonSchema = z.object({
  label: z.string().max(40),
  displayText: z.string().max(300).optional(),
  data: z.string().max(300),
});
export type OfferedButton = z.infer<typeof offeredButtonSchema>;

/** One step's buttons: a quick reply holds 13, a card of offices 25; more is not one step's choice. */
const MAX_OFFERED_BUTTONS = 40;

/**
 * The buttons worth remembering, within bounds (LINE's own limits on labels and data): the last
 * ones offered. Also how the flow store reads them back, so a stored entry that no longer fits is dropped.
 */
export function readOfferedButtons(raw: unknown): OfferedButton[] {
  if (!Array.isArray(raw)) return [];
  const fitting = raw.flatMap((entry: unknown) => {
    const parsed = offeredButtonSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
  return fitting.slice(-MAX_OFFERED_BUTTONS);
}

/** Other ways a flow's people type a button, by its label («ยินยอม» for «ยินยอม ให้โทรกลับ»). */
export type TypedAliases = Readonly<Record<string, readonly string[]>>;

/**
 * The postback data of the offered button a typed text names: its label or the text a tap shows
 * first, then a word the flow lists for that label. Compared by typedKey, as commands are.
 */
export function typedButtonData(text: string, offered: readonly OfferedButton[], aliases: TypedAliases = {}): string | undefined {
  const key = typedKey(text);
  if (!key) return undefined;
  const says = (words: readonly (string | undefined)[]) => words.some((word) => word !== undefined && typedKey(word) === key);
  const named = offered.find((button) => says([button.label, button.displayText])) ?? offered.find((button) => says(aliases[button.label] ?? []));
  return named?.data;
}
