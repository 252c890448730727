import type { messagingApi } from '@line/bot-sdk';
import type { CaseActionName } from '../../domain/cases/case-actions.ts';
import type { CaseView } from '../../domain/cases/case-view.ts';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { caseBubble, type PhotoUrl } from './case-card.ts';
import { flexCarousel, flexMessage } from './flex.ts';
import { postbackAction, textMessage } from './quick-reply.ts';

/** The officers' buttons, in the order they work a case. Labels are what the officers know them by. */
const OFFICER_BUTTONS: [CaseActionName, string][] = [
  ['accept', 'รับเรื่อง'],
  ['start', 'กำลังดำเนินการ'],
  ['resolve', 'แก้ไขเสร็จแล้ว'],
  ['forward', 'ส่งต่อ'],
  ['reject', 'ปฏิเสธ'],
];

/** A button carries the ticket and the status it was drawn for, so a tap on an old card is explained. */
export function officerActions(view: CaseView): messagingApi.Action[] {
  return OFFICER_BUTTONS.filter(([action]) => view.canAct.includes(action)).map(([action, label]) =>
    postbackAction(label, POSTBACK_ACTIONS.caseAct, { t: view.ticket, s: view.status, a: action }, `${label} ${view.ticket}`),
  );
}

export function buildNewCaseCard(view: CaseView, photoUrl: PhotoUrl | undefined, note?: string): messagingApi.Message[] {
  const title = view.status === 'forwarded' ? `ส่งต่อมา ${view.ticket}` : `เรื่องใหม่ ${view.ticket}`;
  const card = caseBubble(view, { photoUrl, title, buttons: officerActions(view) });
  const messages: messagingApi.Message[] = [flexMessage(`${title}: ${view.categoryName} ${view.description}`, card)];
  if (note) messages.unshift(textMessage(note));
  return messages;
}

/** After an officer's move: the card again, with the buttons that fit its new status. */
export function buildOfficerCaseCard(view: CaseView, photoUrl: PhotoUrl | undefined, lead: string): messagingApi.Message[] {
  return [textMessage(lead), flexMessage(`${view.ticket}: ${view.statusLabel}`, caseBubble(view, { photoUrl, buttons: officerActions(view) }))];
}

/** «งานของฉัน»: open cases by due date, overdue first. */
export function buildOfficerQueue(views: CaseView[], photoUrl: PhotoUrl | undefined, liffQueueUrl: string | undefined): messagingApi.Message[] {
  if (views.length === 0) return [textMessage('ตอนนี้ไม่มีเรื่องค้างในหน่วยงานของคุณค่ะ 👍')];
  const overdue = views.filter((view) => view.overdue).length;
  const lead = `งานของฉัน: เรื่องที่ยังเปิดอยู่ ${views.length} เรื่อง${overdue > 0 ? ` เกินกำหนด ${overdue} เรื่อง` : ''}`;
  const actions: messagingApi.Action[] = liffQueueUrl ? [{ type: 'uri', label: 'ดูทั้งหมด', uri: liffQueueUrl }] : [];
  return [
    textMessage(lead, actions),
    flexMessage(lead, flexCarousel(views.slice(0, 10).map((view) => caseBubble(view, { photoUrl, buttons: officerActions(view) })))),
  ];
}
