import { RICH_MENU_ACTIONS } from '../rich-menu/rich-menu-actions.ts';
import { MAX_POSTBACK_DATA_LENGTH } from '../messages/limits.ts';

/** Every postback action the bot understands: the rich menu's plus those on its own buttons. */
export const POSTBACK_ACTIONS = {
  ...RICH_MENU_ACTIONS,
  menu: 'menu',
  faqAnswer: 'faq.answer',
  faqFeedback: 'faq.feedback',
  faqNoneMatch: 'faq.none',
} as const;

export type PostbackAction = (typeof POSTBACK_ACTIONS)[keyof typeof POSTBACK_ACTIONS];
export type ParsedPostback = { action: string; params: Record<string, string> };

/** Postback data is a URL query string: `action=faq.feedback&faqId=...&vote=up`. */
export function encodePostbackData(action: PostbackAction, params: Record<string, string> = {}): string {
  const data = new URLSearchParams({ action, ...params }).toString();
  if (data.length > MAX_POSTBACK_DATA_LENGTH) {
    throw new RangeError(`postback data for ${action} is ${data.length} chars; LINE allows ${MAX_POSTBACK_DATA_LENGTH}`);
  }
  return data;
}

export function parsePostbackData(data: string): ParsedPostback {
  const search = new URLSearchParams(data);
  const params: Record<string, string> = {};
  for (const [key, value] of search) if (key !== 'action') params[key] = value;
  return { action: search.get('action') ?? '', params };
}
