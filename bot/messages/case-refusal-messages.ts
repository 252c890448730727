import type { messagingApi } from '@line/bot-sdk';
import { CASE_ACTIONS } from '../../domain/cases/case-actions.ts';
import { CASE_STATUSES } from '../../domain/cases/case-statuses.ts';
import type { CaseRefusal } from '../../domain/cases/case-types.ts';
import { textMessage } from './quick-reply.ts';

/** Why a move was refused, in Thai: shown in the chat and returned by the API as `message`. */
export function describeRefusal(refusal: CaseRefusal, ticket?: string): string {
  const subject = ticket ? `เรื่อง ${ticket}` : 'เรื่องนี้';
  switch (refusal.code) {
    case 'not_found':
      return 'ไม่พบเรื่องนี้ค่ะ กรุณาตรวจสอบเลขที่เรื่องอีกครั้ง';
    case 'forbidden':
      return `ขออภัยค่ะ บัญชีนี้ไม่มีสิทธิ์ดำเนินการกับ${subject}`;
    case 'illegal_transition':
      return `${subject}อยู่ในสถานะ “${CASE_STATUSES[refusal.status].label}” จึง${CASE_ACTIONS[refusal.action].label}ไม่ได้แล้วค่ะ ไม่มีอะไรเปลี่ยนแปลง`;
    case 'already_taken':
      return `${subject}มีผู้รับไปแล้ว${refusal.by ? ` โดย ${refusal.by}` : ''}ค่ะ`;
    case 'not_assignee':
      return `${subject}อยู่ในความดูแลของ${refusal.assignee ? ` ${refusal.assignee}` : 'เจ้าหน้าที่ท่านอื่น'}ค่ะ ผู้ดูแลหรือหัวหน้าหน่วยงานเท่านั้นที่เปลี่ยนสถานะได้`;
    case 'needs_result_photo':
      return 'การแจ้งว่าแก้ไขเสร็จ ต้องแนบรูปผลการแก้ไขอย่างน้อย 1 รูปค่ะ';
    case 'unknown_office':
      return 'ไม่พบหน่วยงานที่เลือก หรือเป็นหน่วยงานเดิมค่ะ กรุณาเลือกใหม่';
    case 'forward_loop':
      return 'เรื่องนี้เคยอยู่ที่หน่วยงานนั้นแล้ว จึงส่งกลับไปไม่ได้ค่ะ หากไม่แน่ใจ ส่งต่อให้ศูนย์ Clinic Center ช่วยประสานได้';
    case 'reopen_window_passed':
      return `เปิดเรื่องอีกครั้งได้ภายใน ${refusal.days} วันหลังแก้ไขเสร็จค่ะ หากยังมีปัญหา แจ้งเรื่องใหม่ได้เลย`;
    case 'already_rated':
      return 'ให้คะแนนเรื่องนี้ไปแล้วค่ะ ขอบคุณค่ะ';
  }
}

export function buildRefusalMessages(refusal: CaseRefusal, ticket?: string): messagingApi.Message[] {
  return [textMessage(describeRefusal(refusal, ticket))];
}
