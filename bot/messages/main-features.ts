import type { messagingApi } from '@line/bot-sdk';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { postbackAction } from './quick-reply.ts';

/** The bot's main features, in the order the rich menu shows them. */
export function mainFeatureActions(): messagingApi.Action[] {
  return [
    postbackAction('ถามคำถาม', POSTBACK_ACTIONS.faqAsk, {}, 'ขอถามคำถามค่ะ'),
    postbackAction('แจ้งปัญหา/ปรึกษา', POSTBACK_ACTIONS.caseNew, {}, 'ขอแจ้งปัญหาหรือขอคำปรึกษาค่ะ'),
    postbackAction('ติดตามเรื่องของฉัน', POSTBACK_ACTIONS.caseList, {}, 'ขอดูเรื่องที่แจ้งไว้ค่ะ'),
    postbackAction('ตารางกิจกรรม', POSTBACK_ACTIONS.scheduleMonth, {}, 'ขอดูตารางกิจกรรมค่ะ'),
    postbackAction('ติดต่อศูนย์', POSTBACK_ACTIONS.contact, {}, 'ขอช่องทางติดต่อศูนย์ค่ะ'),
  ];
}
