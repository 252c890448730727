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
