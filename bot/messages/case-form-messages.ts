import type { messagingApi } from '@line/bot-sdk';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { postbackAction, textMessage } from './quick-reply.ts';
import { FEATURE_NAMES as F } from './feature-names.ts';

/** «แบบฟอร์มออนไลน์»: the LIFF report form, with the chat's «แจ้งเรื่อง» beside it for those who would rather type. */
export function buildCaseFormMessages(formUrl: string): messagingApi.Message[] {
  return [
    textMessage('แบบฟอร์มออนไลน์: แจ้งเรื่องหรือขอคำปรึกษา พร้อมรูปและตำแหน่งในหน้าเดียว\nแตะ “เปิดแบบฟอร์ม” ได้เลยค่ะ หรือแตะ “แจ้งเรื่อง” เพื่อแจ้งทางแชต', [
      { type: 'uri', label: 'เปิดแบบฟอร์ม', uri: formUrl },
      postbackAction(F.report, POSTBACK_ACTIONS.caseNew, { k: 'problem' }, 'ขอแจ้งเรื่อง'),
    ]),
  ];
}
