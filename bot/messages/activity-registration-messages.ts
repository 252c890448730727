import type { messagingApi } from '@line/bot-sdk';
import type { ActivityView } from '../../domain/activities/activity-view.ts';
import type { RegisterOutcome, UnregisterOutcome } from '../../domain/activities/registration.ts';
import { activityBubble, type CardLinks } from './activity-card.ts';
import { activityWhen } from './activity-when.ts';
import { flexMessage } from './flex.ts';
import { messageAction, textMessage } from './quick-reply.ts';
import { FEATURE_NAMES as F } from './feature-names.ts';

/** One sentence per outcome, shared by the chat and the LIFF list. */
export const REGISTRATION_REPLIES: Record<RegisterOutcome | UnregisterOutcome, string> = {
  registered: 'ลงทะเบียนเรียบร้อยแล้วค่ะ จะแจ้งเตือนก่อนวันงานและเช้าวันงาน',
  already: 'คุณลงทะเบียนกิจกรรมนี้ไว้แล้วค่ะ',
  full: 'ขออภัยค่ะ กิจกรรมนี้ที่นั่งเต็มแล้ว',
  closed: 'กิจกรรมนี้ไม่เปิดลงทะเบียนแล้วค่ะ',
  not_found: 'ไม่พบกิจกรรมนี้ อาจถูกยกเลิกไปแล้วค่ะ',
  unregistered: 'ยกเลิกการลงทะเบียนแล้วค่ะ',
  not_registered: 'คุณยังไม่ได้ลงทะเบียนกิจกรรมนี้ค่ะ',
};

/** The answer to «ลงทะเบียน» / «ยกเลิกการลงทะเบียน» in chat: the fact first, then the card as it is now. */
export function buildRegistrationReply(outcome: RegisterOutcome | UnregisterOutcome, view: ActivityView | null, links: CardLinks): messagingApi.Message[] {
  const lead = view && (outcome === 'registered' || outcome === 'unregistered') ? `${REGISTRATION_REPLIES[outcome]}\n${view.title}: ${activityWhen(view.startAt, view.endAt)}` : REGISTRATION_REPLIES[outcome];
  const messages: messagingApi.Message[] = [textMessage(lead, [messageAction(F.schedule)])];
  if (view && outcome !== 'not_found') {
    const registered = outcome === 'registered' || outcome === 'already';
    messages.push(flexMessage(view.title, activityBubble(view, { ...links, registered })));
  }
  return messages;
}
