import { RICH_MENU_ACTIONS } from '../rich-menu/rich-menu-actions.ts';
import { MAX_POSTBACK_DATA_LENGTH } from '../messages/limits.ts';
import { ACTIVITY_POSTBACK_ACTIONS, NEWS_POSTBACK_ACTIONS, SUBSCRIPTION_FLOW_ACTIONS } from './activity-actions.ts';

/** Buttons on case cards (officers and villagers); each carries the ticket as `t`. */
export const CASE_POSTBACK_ACTIONS = {
  caseAct: 'case.act',
  caseView: 'case.view',
  caseNote: 'case.note',
  caseSupport: 'case.support',
  officerQueue: 'case.queue',
} as const;

/** Buttons of the officers' and reporters' case-work flow (a note, a result photo, a forward); `f` is its flow id. */
export const WORK_POSTBACK_ACTIONS = {
  workSkipPhoto: 'work.skip-photo',
  workOffice: 'work.office',
  workDistrict: 'work.district',
  workReason: 'work.reason',
  workDone: 'work.done',
  workCancel: 'work.cancel',
} as const;

/** Talking to a person: the villager's flow buttons (`f` is the flow id) and the staff card's. */
export const CONSULTATION_POSTBACK_ACTIONS = {
  consultStart: 'consult.start',
  consultTopic: 'talk.topic',
  consultEnd: 'talk.end',
  consultAccept: 'consult.accept',
  consultEndByStaff: 'consult.end',
} as const;

/** PDPA requests: see my data, erase my data (erasure asks to confirm first). */
export const PRIVACY_POSTBACK_ACTIONS = {
  privacyAccess: 'privacy.access',
  privacyErase: 'privacy.erase',
  privacyEraseConfirm: 'privacy.erase-confirm',
} as const;

/** Buttons of the case-intake flow; each carries the flow id as `f` (see bot/flows/). */
export const INTAKE_POSTBACK_ACTIONS = {
  intakeKind: 'intake.kind',
  intakeCategory: 'intake.cat',
  intakeSkipPhotos: 'intake.photos-done',
  intakeManualArea: 'intake.manual',
  intakeDistrict: 'intake.dist',
  intakeSubdistrict: 'intake.sub',
  intakeContact: 'intake.contact',
  intakeFileNew: 'intake.file-new',
  intakeSupport: 'intake.support',
  intakeSubmit: 'intake.submit',
  intakeEdit: 'intake.edit',
  intakeCancel: 'intake.cancel',
} as const;

/** Every postback action the bot understands: the rich menu's plus those on its own buttons. */
export const POSTBACK_ACTIONS = {
  ...RICH_MENU_ACTIONS,
  menu: 'menu',
  faqAnswer: 'faq.answer',
  faqFeedback: 'faq.feedback',
  faqNoneMatch: 'faq.none',
  faqMore: 'faq.more',
  faqDigestAdd: 'faq.digest.add',
  faqDigestSkip: 'faq.digest.skip',
  ...CASE_POSTBACK_ACTIONS,
  ...INTAKE_POSTBACK_ACTIONS,
  ...WORK_POSTBACK_ACTIONS,
  ...ACTIVITY_POSTBACK_ACTIONS,
  ...NEWS_POSTBACK_ACTIONS,
  ...SUBSCRIPTION_FLOW_ACTIONS,
  ...CONSULTATION_POSTBACK_ACTIONS,
  ...PRIVACY_POSTBACK_ACTIONS,
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
