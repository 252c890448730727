import type { messagingApi } from '@line/bot-sdk';
import type { ActivityView } from '../../domain/activities/activity-view.ts';
import type { RatingOutcome } from '../../domain/activities/ratings.ts';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { activityWhen } from './activity-when.ts';
import { messageAction, postbackAction, textMessage } from './quick-reply.ts';
import { FEATURE_NAMES as F } from './feature-names.ts';

const RATING_REPLIES: Record<RatingOutcome, string> = {
  rated: 'ขอบคุณสำหรับคะแนนค่ะ ศูนย์ฯ จะนำไปปรับปรุงกิจกรรมครั้งต่อไป',
  already: 'คุณให้คะแนนกิจกรรมนี้ไว้แล้วค่ะ ขอบคุณค่ะ',
  not_registered: 'ให้คะแนนได้เฉพาะผู้ที่ลงทะเบียนกิจกรรมนี้ค่ะ',
  not_yet: 'กิจกรรมนี้ยังไม่จบ ให้คะแนนได้หลังกิจกรรมค่ะ',
  not_found: 'ไม่พบกิจกรรมนี้ค่ะ',
};

export function buildRatingReply(outcome: RatingOutcome, score: number): messagingApi.Message[] {
  return [textMessage(outcome === 'rated' ? `ได้รับคะแนน ${score} แล้ว ${RATING_REPLIES.rated}` : RATING_REPLIES[outcome], [messageAction(F.schedule)])];
}

export function buildVisitRefusal(view: ActivityView): messagingApi.Message[] {
  return [textMessage(`หน่วยบริการเคลื่อนที่นี้รับคำถามล่วงหน้าจากชาวบ้าน${view.areaLabel}ก่อนวันงานค่ะ\nถ้าคุณอยู่ในพื้นที่นี้ กด «รับข่าวกิจกรรม» เพื่อเลือกตำบลของคุณก่อนนะคะ`, [
    postbackAction(F.news, POSTBACK_ACTIONS.newsStart, {}, 'รับข่าวกิจกรรม'),
  ])];
}

type Flow = { flowId: string };

export function buildVisitQuestionPrompt(flow: Flow, view: ActivityView): messagingApi.Message[] {
  return [textMessage(`พิมพ์คำถามถึงทีมหน่วยบริการเคลื่อนที่ได้เลยค่ะ\n${view.title}: ${activityWhen(view.startAt, view.endAt)} ที่ ${view.venueName}\nทีมจะเตรียมคำตอบไปในวันงาน (ไม่แสดงชื่อของคุณ)`, [
    postbackAction('ยกเลิก', POSTBACK_ACTIONS.visitCancel, { f: flow.flowId }, 'ยกเลิกการส่งคำถาม'),
  ])];
}

export function buildVisitQuestionSaved(view: ActivityView): messagingApi.Message[] {
  return [textMessage(`ส่งคำถามถึงทีมหน่วยบริการเคลื่อนที่แล้วค่ะ ทีมจะตอบในวันงาน ${activityWhen(view.startAt, view.endAt)}`, [messageAction(F.schedule)])];
}

export function buildVisitQuestionTooShort(): messagingApi.Message[] {
  return [textMessage('พิมพ์คำถามเพิ่มอีกนิดได้ไหมคะ อย่างน้อย 5 ตัวอักษร')];
}

export function buildVisitQuestionCancelled(): messagingApi.Message[] {
  return [textMessage('ยกเลิกการส่งคำถามแล้วค่ะ', [messageAction(F.schedule)])];
}

export function buildVisitQuestionExpired(): messagingApi.Message[] {
  return [textMessage('การส่งคำถามถึงหน่วยบริการเคลื่อนที่หมดเวลาแล้วค่ะ กด «ส่งคำถามล่วงหน้า» ในตารางกิจกรรมอีกครั้งได้เลย')];
}

export function buildVisitQuestionStale(): messagingApi.Message[] {
  return [textMessage('ปุ่มนี้เป็นของการส่งคำถามที่จบไปแล้วค่ะ ไม่มีอะไรเปลี่ยน')];
}
