import type { messagingApi } from '@line/bot-sdk';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { postbackAction } from './quick-reply.ts';
import { FEATURE_NAMES } from './feature-names.ts';

/** The bot's main features, in the order the rich menu shows them. */
export function mainFeatureActions(): messagingApi.Action[] {
  return [
    postbackAction(FEATURE_NAMES.ask, POSTBACK_ACTIONS.faqAsk, {}, 'ขอถามคำถามค่ะ'),
    postbackAction(FEATURE_NAMES.report, POSTBACK_ACTIONS.caseNew, {}, 'ขอแจ้งเรื่องค่ะ'),
    postbackAction(FEATURE_NAMES.track, POSTBACK_ACTIONS.caseList, {}, 'ขอดูเรื่องที่แจ้งไว้ค่ะ'),
    postbackAction(FEATURE_NAMES.schedule, POSTBACK_ACTIONS.scheduleMonth, {}, 'ขอดูตารางกิจกรรมค่ะ'),
    postbackAction(FEATURE_NAMES.talk, POSTBACK_ACTIONS.consultStart, {}, 'ขอคุยกับเจ้าหน้าที่ค่ะ'),
    postbackAction(FEATURE_NAMES.contact, POSTBACK_ACTIONS.contact, {}, 'ขอช่องทางติดต่อศูนย์ค่ะ'),
  ];
}
