import type { messagingApi } from '@line/bot-sdk';
import { findCategory } from '../../domain/cases/categories.ts';
import { CONSULTATION_TOPICS, type Consultation } from '../../domain/consultations/consultations.ts';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { describeOpening, EMERGENCY_LINE } from './contact-messages.ts';
import type { ClinicContact } from '../../domain/office-hours/clinic-contact.ts';
import { BRAND_COLOR, flexBox, flexButton, flexMessage, flexRow, flexText } from './flex.ts';
import { truncate } from './limits.ts';
import { postbackAction, textMessage } from './quick-reply.ts';
import { formatThaiDateTime } from '../../domain/time/thai-time.ts';

type Flow = { flowId: string };

const endAction = (flow: Flow) => postbackAction('จบการสนทนา', POSTBACK_ACTIONS.consultEnd, { f: flow.flowId }, 'จบการสนทนา');

/** Asks the topic; a villager who told their story first hears it was kept, not the same question again. */
export function buildTopicPrompt(flow: Flow, questionKept = false): messagingApi.Message[] {
  const topics = CONSULTATION_TOPICS.map((code) => findCategory(code)!).map((topic) =>
    postbackAction(topic.label, POSTBACK_ACTIONS.consultTopic, { f: flow.flowId, c: topic.code }, `ปรึกษาเรื่อง${topic.name}`),
  );
  const text = questionKept
    ? 'จดเรื่องที่เล่าไว้แล้วค่ะ รบกวนเลือกหัวข้อด้วยนะคะ จะได้ส่งถึงเจ้าหน้าที่ที่ดูแลเรื่องนั้น'
    : 'คุยกับเจ้าหน้าที่ได้เลยค่ะ เรื่องที่อยากปรึกษาเกี่ยวกับอะไรคะ';
  return [textMessage(text, [...topics, endAction(flow)])];
}

export function buildQuestionPrompt(flow: Flow): messagingApi.Message[] {
  return [textMessage('พิมพ์เรื่องที่อยากปรึกษาได้เลยค่ะ เล่าสั้น ๆ ว่าเกิดอะไรขึ้น เจ้าหน้าที่จะอ่านก่อนตอบ', [endAction(flow)])];
}

/** PDPA: the villager hears that the conversation is recorded, and why, before anyone reads it. */
const RECORD_NOTICE = 'การสนทนานี้บันทึกไว้ในเรื่องของคุณ เพื่อให้ติดตามผลและปรับปรุงบริการได้ค่ะ';

export function buildQueuedMessages(flow: Flow, consultation: Consultation, estimate: { ahead: number; minutes: number }): messagingApi.Message[] {
  const queue = estimate.ahead > 0 ? ` (มีผู้รอก่อนหน้า ${estimate.ahead} คน)` : '';
  return [
    textMessage(
      `ส่งถึงเจ้าหน้าที่แล้วค่ะ เลขที่ ${consultation.ticket}\nคาดว่าจะมีเจ้าหน้าที่ตอบภายในประมาณ ${estimate.minutes} นาที${queue}\nระหว่างรอ พิมพ์หรือส่งรูปเพิ่มได้เลย ${RECORD_NOTICE}`,
      [endAction(flow)],
    ),
  ];
}

export function buildOutsideHoursMessages(flow: Flow, consultation: Consultation, opening: Date | null, contact: ClinicContact): messagingApi.Message[] {
  const when = opening ? `ศูนย์ฯ เปิดอีกครั้ง${describeOpening(opening)}` : 'ศูนย์ฯ ปิดทำการอยู่';
  return [
    textMessage(
      `ตอนนี้นอกเวลาทำการค่ะ ${when}\nเราเก็บคำถามไว้แล้ว (เลขที่ ${consultation.ticket}) เจ้าหน้าที่จะตอบทางแชตนี้เมื่อเปิดทำการ หรือโทร ${contact.phone} ในเวลาทำการ\n${EMERGENCY_LINE}\n${RECORD_NOTICE}`,
      [endAction(flow)],
    ),
  ];
}

/** Said once per conversation, on the villager's first message while a person handles it. */
export function buildPersonHandlesMessages(flow: Flow): messagingApi.Message[] {
  return [textMessage('เจ้าหน้าที่กำลังดูแลแชตนี้อยู่ค่ะ ข้อความและรูปทั้งหมดส่งถึงเจ้าหน้าที่แล้ว พิมพ์ “จบการสนทนา” เมื่อเสร็จ', [endAction(flow)])];
}

export function buildAcceptedNotice(staffName: string | undefined): messagingApi.Message[] {
  return [textMessage(`เจ้าหน้าที่${staffName ? ` ${staffName}` : ''}รับเรื่องแล้วค่ะ กำลังอ่านและจะตอบในแชตนี้`)];
}

export function buildStaffLine(staffName: string | undefined, text: string): messagingApi.Message {
  return textMessage(`👩‍💼 เจ้าหน้าที่${staffName ? ` ${staffName}` : ''}: ${text}`);
}

/** The bot is back, with the rating that closes the record (only when someone answered). */
export function buildEndedMessages(consultation: Consultation, by: 'villager' | 'staff' | 'idle'): messagingApi.Message[] {
  const why = { villager: 'จบการสนทนาแล้วค่ะ', staff: 'เจ้าหน้าที่จบการสนทนาแล้วค่ะ', idle: 'จบการสนทนาแล้วค่ะ เพราะไม่มีข้อความมาสักพัก' }[by];
  if (!consultation.staff?.lineUserId) {
    return [textMessage(`${why} ยังไม่มีเจ้าหน้าที่ตอบ หากยังต้องการคุย พิมพ์ “คุยกับเจ้าหน้าที่” ได้ทุกเมื่อ ตอนนี้บอทตอบคำถามได้ตามปกติแล้วค่ะ`)];
  }
  const rate = [1, 2, 3, 4, 5].map((score) =>
    postbackAction('⭐'.repeat(score), POSTBACK_ACTIONS.caseAct, { t: consultation.ticket, s: 'resolved', a: 'rate', r: String(score) }, `ให้คะแนน ${score} ดาว`),
  );
  return [textMessage(`${why} บอทกลับมาตอบคำถามตามปกติแล้ว\nให้คะแนนการปรึกษาครั้งนี้ 1–5 ดาวได้เลยค่ะ (เลขที่ ${consultation.ticket})`, rate)];
}

export function buildAlreadyTakenMessages(consultation: Consultation | null): messagingApi.Message[] {
  if (!consultation) return [textMessage('ไม่พบการสนทนานี้ค่ะ')];
  if (consultation.status === 'ended') return [textMessage(`การสนทนา ${consultation.ticket} จบไปแล้วค่ะ ไม่มีอะไรเปลี่ยนแปลง`)];
  return [textMessage(`การสนทนา ${consultation.ticket} มีผู้รับไปแล้ว${consultation.staff?.name ? ` โดย ${consultation.staff.name}` : ''}ค่ะ`)];
}

/** The card Clinic Center staff get: topic, question, when, and «รับเรื่อง» (first tap wins). */
export function buildStaffConsultationCard(consultation: Consultation, question: string, chatPageUrl: string | undefined): messagingApi.Message[] {
  const topic = findCategory(consultation.topic)?.name ?? consultation.topic;
  const buttons: messagingApi.Action[] = [postbackAction('รับเรื่อง', POSTBACK_ACTIONS.consultAccept, { id: String(consultation._id) }, `รับเรื่อง ${consultation.ticket}`)];
  if (chatPageUrl) buttons.push({ type: 'uri', label: 'เปิดหน้าแชต', uri: chatPageUrl });
  const card: messagingApi.FlexBubble = {
    type: 'bubble',
    header: flexBox([flexText(`ขอคุยกับเจ้าหน้าที่ ${consultation.ticket}`, { weight: 'bold', color: BRAND_COLOR, size: 'md' })]),
    body: flexBox([
      flexRow('เรื่อง', topic),
      flexRow('คำถาม', truncate(question, 400)),
      flexRow('เมื่อ', formatThaiDateTime(consultation.openedAt)),
      ...(consultation.openedOutsideHours ? [flexText('ส่งมานอกเวลาทำการ', { size: 'xs', color: '#B45309' })] : []),
    ]),
    footer: flexBox(buttons.map((action, index) => flexButton(action, index === 0 ? 'primary' : 'secondary'))),
  };
  return [flexMessage(`ขอคุยกับเจ้าหน้าที่ ${consultation.ticket}: ${question}`, card)];
}

export function buildStaffAcceptedReply(consultation: Consultation, chatPageUrl: string | undefined): messagingApi.Message[] {
  const actions: messagingApi.Action[] = chatPageUrl ? [{ type: 'uri', label: 'เปิดหน้าแชต', uri: chatPageUrl }] : [];
  return [textMessage(`รับเรื่อง ${consultation.ticket} แล้วค่ะ ตอบผู้ขอคำปรึกษาได้ที่หน้าแชต ข้อความจะส่งถึงแชตของเขาทันที`, actions)];
}

/** Staff hear that the villager wrote, at most every few minutes (each push costs quota). */
export function buildStaffNewLineNotice(consultation: Consultation, chatPageUrl: string | undefined): messagingApi.Message[] {
  const actions: messagingApi.Action[] = chatPageUrl ? [{ type: 'uri', label: 'เปิดหน้าแชต', uri: chatPageUrl }] : [];
  return [textMessage(`มีข้อความใหม่ในการสนทนา ${consultation.ticket}`, actions)];
}

export function buildStaffEndedNotice(consultation: Consultation, by: 'villager' | 'staff' | 'idle'): messagingApi.Message[] {
  const who = { villager: 'ผู้ขอคำปรึกษาจบการสนทนาแล้ว', staff: 'จบการสนทนาแล้ว', idle: 'จบการสนทนาอัตโนมัติ เพราะไม่มีข้อความ' }[by];
  return [textMessage(`${consultation.ticket}: ${who}`)];
}
