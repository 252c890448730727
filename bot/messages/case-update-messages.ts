import type { messagingApi } from '@line/bot-sdk';
import type { CaseView } from '../../domain/cases/case-view.ts';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { caseBubble, type PhotoUrl } from './case-card.ts';
import { flexMessage, flexText } from './flex.ts';
import { postbackAction, textMessage } from './quick-reply.ts';
import { FEATURE_NAMES as F } from './feature-names.ts';

/** What each move means to the villager, leading with the new status. */
const VILLAGER_LINES: Record<string, (view: CaseView, note: string | undefined) => string> = {
  accept: (view) => `${view.officeName}รับเรื่องแล้ว${view.assignee ? ` ผู้ดูแล: ${view.assignee.name}` : ''}`,
  start: (view, note) => `เจ้าหน้าที่กำลังดำเนินการ${note ? `: ${note}` : ''}`,
  forward: (view, note) => `ส่งต่อให้${view.officeName}ดูแลแล้ว${note ? ` เหตุผล: ${note}` : ''}`,
  reject: (view, note) => `${view.officeName}ไม่รับเรื่องนี้${note ? ` เหตุผล: ${note}` : ''}`,
  reopen: (view) => `เปิดเรื่องอีกครั้งแล้ว แจ้ง${view.officeName}ให้แก้ไขต่อแล้วค่ะ`,
  autoClose: () => 'ปิดเรื่องแล้ว เพราะไม่มีการตอบกลับภายในกำหนด หากยังไม่เรียบร้อย แจ้งเรื่องใหม่ได้เลยค่ะ',
  confirm: () => 'ปิดเรื่องแล้ว ขอบคุณที่ยืนยันค่ะ',
  rate: (view) => `ปิดเรื่องแล้ว ขอบคุณสำหรับคะแนน ${view.rating ?? ''}/5 ค่ะ`,
  cancel: () => 'ยกเลิกเรื่องแล้วค่ะ',
};

export function buildVillagerUpdate(view: CaseView, action: string, note: string | undefined): messagingApi.Message[] {
  const line = VILLAGER_LINES[action]?.(view, note) ?? `สถานะ: ${view.statusLabel}`;
  return [textMessage(`เรื่อง ${view.ticket}: ${view.statusLabel}\n${line}`, [postbackAction(F.track, POSTBACK_ACTIONS.caseList, {}, 'ขอดูเรื่องที่แจ้งไว้')])];
}

/** «แก้ไขเรียบร้อยแล้วใช่ไหมคะ» with the result photo, a 1–5 rating and «ยังไม่เรียบร้อย». */
export function buildResolvedQuestion(view: CaseView, resolution: { note: string; photoIds: string[] }, photoUrl: PhotoUrl | undefined): messagingApi.Message[] {
  const act = (label: string, params: Record<string, string>, display: string) =>
    postbackAction(label, POSTBACK_ACTIONS.caseAct, { t: view.ticket, s: view.status, ...params }, display);
  const stars = [1, 2, 3, 4, 5].map((score) => act(`${'⭐'.repeat(score)}`, { a: 'rate', r: String(score) }, `ให้คะแนน ${score} ดาว`));
  const card = caseBubble(
    { ...view, photoIds: resolution.photoIds.length > 0 ? resolution.photoIds : view.photoIds },
    { photoUrl, title: `${view.ticket} แก้ไขเสร็จแล้ว`, extra: [flexText(`ผลการแก้ไข: ${resolution.note}`, { weight: 'bold' })] },
  );
  return [
    flexMessage(`เรื่อง ${view.ticket} แก้ไขเสร็จแล้ว: ${resolution.note}`, card),
    textMessage('แก้ไขเรียบร้อยแล้วใช่ไหมคะ ให้คะแนน 1–5 ดาวได้เลย หรือแตะ “ยังไม่เรียบร้อย”', [
      ...stars,
      act('ยังไม่เรียบร้อย', { a: 'reopen' }, 'ยังไม่เรียบร้อยค่ะ'),
    ]),
  ];
}

/** A note from the other side of the case. */
export function buildNoteNotice(view: CaseView, from: 'office' | 'reporter', note: string | undefined, photoCount: number): messagingApi.Message[] {
  const who = from === 'office' ? view.officeName : 'ผู้แจ้ง';
  const photos = photoCount > 0 ? ` (แนบรูป ${photoCount} รูป)` : '';
  return [textMessage(`เรื่อง ${view.ticket}: ${who}เพิ่มข้อความ${photos}\n${note ?? ''}`.trim(), [
    postbackAction('ดูเรื่องนี้', POSTBACK_ACTIONS.caseView, { t: view.ticket }, `ขอดูเรื่อง ${view.ticket}`),
  ])];
}

/** What the office hears when the villager acts: cancelled, not fixed yet, rated. */
export function buildOfficeNotice(view: CaseView, action: string, note: string | undefined): messagingApi.Message[] {
  const lines: Record<string, string> = {
    cancel: 'ผู้แจ้งยกเลิกเรื่องแล้ว ไม่ต้องดำเนินการต่อค่ะ',
    reopen: `ผู้แจ้งแจ้งว่ายังไม่เรียบร้อย${note ? `: ${note}` : ''} กรุณาดำเนินการต่อค่ะ`,
    rate: `ผู้แจ้งให้คะแนน ${view.rating ?? '-'}/5 และปิดเรื่องแล้วค่ะ`,
    confirm: 'ผู้แจ้งยืนยันว่าเรียบร้อยแล้ว ปิดเรื่องแล้วค่ะ',
  };
  return [textMessage(`เรื่อง ${view.ticket}: ${lines[action] ?? view.statusLabel}`, [
    postbackAction('ดูเรื่องนี้', POSTBACK_ACTIONS.caseView, { t: view.ticket }, `ขอดูเรื่อง ${view.ticket}`),
  ])];
}
