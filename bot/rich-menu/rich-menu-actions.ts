/**
 * Postback actions sent by the rich menu. The postback router imports these so the menu and the
 * handlers can never disagree on a string.
 */
export const RICH_MENU_ACTIONS = {
  faqAsk: 'faq.ask',
  caseNew: 'case.new',
  caseList: 'case.list',
  scheduleMonth: 'schedule.month',
  forms: 'forms',
  contact: 'contact',
} as const;

export type RichMenuAction = (typeof RICH_MENU_ACTIONS)[keyof typeof RICH_MENU_ACTIONS];

const KNOWN_ACTIONS: ReadonlySet<string> = new Set(Object.values(RICH_MENU_ACTIONS));

export function isRichMenuAction(value: string): value is RichMenuAction {
  return KNOWN_ACTIONS.has(value);
}

/** Postback data is a URL query string so more parameters can be added later without a new format. */
export function postbackDataFor(action: RichMenuAction): string {
  return new URLSearchParams({ action }).toString();
}
