import type { messagingApi } from '@line/bot-sdk';
import type { ActivityView } from '../../domain/activities/activity-view.ts';
import { formatThaiDate } from '../../domain/time/thai-time.ts';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { activityBubble, type CardLinks } from './activity-card.ts';
import { activityWhen } from './activity-when.ts';
import { flexMessage } from './flex.ts';
import { postbackAction, textMessage } from './quick-reply.ts';

export type ReminderKind = 'morning' | 'eve' | 'week';

function card(view: ActivityView, links: CardLinks, extra: { registered?: boolean; visitActions?: boolean } = {}): messagingApi.Message {
  return flexMessage(`${view.title}: ${activityWhen(view.startAt, view.endAt)}`, activityBubble(view, { ...links, ...extra }));
}

/** The morning of and the day before, to registered people; a week before a mobile-unit visit, to its area. */
export function buildReminder(kind: ReminderKind, view: ActivityView, links: CardLinks): messagingApi.Message[] {
  const when = activityWhen(view.startAt, view.endAt);
  if (kind === 'week') {
    return [
      textMessage(`อีก 1 สัปดาห์ หน่วยบริการเคลื่อนที่จะไปที่${view.areaLabel}ค่ะ\n${when} ที่ ${view.venueName}\nส่งคำถามหรือแจ้งเรื่องล่วงหน้าได้ ทีมจะเตรียมคำตอบไปให้ค่ะ`),
      card(view, links, { visitActions: true }),
    ];
  }
  const lead = kind === 'morning' ? 'วันนี้' : 'พรุ่งนี้';
  return [textMessage(`${lead}มีกิจกรรมที่คุณลงทะเบียนไว้ค่ะ: ${view.title}\n${when} ที่ ${view.venueName}`), card(view, links, { registered: true })];
}

export type ChangeKind = 'cancel' | 'postpone' | 'reschedule';

/** A cancellation, postponement or new date, told to exactly those who were told of the activity. */
export function buildChangeNotice(kind: ChangeKind, view: ActivityView, change: { reason: string; fromStartAt: Date; fromEndAt: Date }, links: CardLinks): messagingApi.Message[] {
  const before = activityWhen(change.fromStartAt, change.fromEndAt);
  if (kind === 'cancel') {
    return [textMessage(`ยกเลิกกิจกรรมค่ะ: ${view.title}\n(เดิม ${before} ที่ ${view.venueName})\nเหตุผล: ${change.reason}\nขออภัยในความไม่สะดวกค่ะ`)];
  }
  if (kind === 'postpone') {
    return [textMessage(`เลื่อนกิจกรรมออกไปก่อนค่ะ: ${view.title}\n(เดิม ${before})\nเหตุผล: ${change.reason}\nเมื่อได้วันใหม่จะแจ้งให้ทราบอีกครั้งค่ะ`)];
  }
  return [
    textMessage(`เปลี่ยนวันเวลากิจกรรมค่ะ: ${view.title}\nจาก ${before}\nเป็น ${activityWhen(view.startAt, view.endAt)}\nเหตุผล: ${change.reason}\nผู้ที่ลงทะเบียนไว้ยังมีที่นั่งเหมือนเดิมค่ะ`),
    card(view, links),
  ];
}

const SCORES: [string, string][] = [['5', '5 ดีมาก'], ['4', '4 ดี'], ['3', '3 พอใช้'], ['2', '2 ควรปรับปรุง'], ['1', '1 ไม่ดี']];

/** After an activity, its registered people are asked for 1–5 (the 6-monthly report reads the answers). */
export function buildRatingPrompt(view: ActivityView): messagingApi.Message[] {
  const actions = SCORES.map(([score, label]) => postbackAction(label, POSTBACK_ACTIONS.activityRate, { a: view.id, s: score }, `ให้คะแนน ${label}`));
  return [textMessage(`กิจกรรม «${view.title}» เมื่อ ${formatThaiDate(new Date(view.startAt))} เป็นอย่างไรบ้างคะ\nให้คะแนน 1–5 เพื่อช่วยศูนย์ฯ ปรับปรุงกิจกรรมครั้งต่อไปค่ะ`, actions)];
}
