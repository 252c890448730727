import type { messagingApi } from '@line/bot-sdk';
import type { CaseDetail } from '../../domain/cases/case-view.ts';
import { historyLabel } from '../../domain/cases/history-labels.ts';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { caseBubble, timelineBox, type PhotoUrl } from './case-card.ts';
import { flexCarousel, flexMessage } from './flex.ts';
import { officerActions } from './officer-case-messages.ts';
import { postbackAction, textMessage } from './quick-reply.ts';
import { FEATURE_NAMES as F } from './feature-names.ts';

const TIMELINE_STEPS = 4;

/** What the reporter may do from the card: add to it while open, cancel while new. */
function villagerActions(view: CaseDetail): messagingApi.Action[] {
  const actions: messagingApi.Action[] = [];
  if (view.canAct.includes('cancel')) {
    actions.push(postbackAction('ยกเลิกเรื่อง', POSTBACK_ACTIONS.caseAct, { t: view.ticket, s: view.status, a: 'cancel' }, `ยกเลิกเรื่อง ${view.ticket}`));
  }
  if (['new', 'accepted', 'in_progress', 'forwarded'].includes(view.status)) {
    actions.unshift(postbackAction('เพิ่มรูป/ข้อความ', POSTBACK_ACTIONS.caseNote, { t: view.ticket }, `เพิ่มข้อมูลเรื่อง ${view.ticket}`));
  }
  return actions;
}

/** Who is looking decides the buttons: the reporter's, the office's, or none (a follower). */
export type CardAudience = 'reporter' | 'office' | 'follower';

export function caseTimelineBubble(view: CaseDetail, photoUrl: PhotoUrl | undefined, audience: CardAudience): messagingApi.FlexBubble {
  const steps = view.history.slice(-TIMELINE_STEPS).map((step) => ({ at: step.at, label: step.note ? `${historyLabel(step.action)}: ${step.note}` : historyLabel(step.action) }));
  const buttons = audience === 'reporter' ? villagerActions(view) : audience === 'office' ? officerActions(view) : [];
  return caseBubble(view, { photoUrl, buttons, extra: [timelineBox(steps)] });
}

/** «ติดตามเรื่อง»: my cases and those I follow, newest first. */
export function buildMyCases(views: CaseDetail[], photoUrl: PhotoUrl | undefined, liffUrl: string | undefined): messagingApi.Message[] {
  if (views.length === 0) {
    return [textMessage('ยังไม่มีเรื่องที่แจ้งไว้ค่ะ ถ้ามีปัญหาในชุมชน พิมพ์ “แจ้งเรื่อง” ได้เลยค่ะ', [
      postbackAction(F.report, POSTBACK_ACTIONS.caseNew, {}, 'ขอแจ้งเรื่อง'),
    ])];
  }
  const lead = `เรื่องของคุณ ${views.length} เรื่อง (ล่าสุดก่อน)`;
  const more: messagingApi.Action[] = liffUrl ? [{ type: 'uri', label: 'ดูทั้งหมด', uri: liffUrl }] : [];
  return [
    textMessage(lead, more),
    flexMessage(lead, flexCarousel(views.slice(0, 10).map((view) => caseTimelineBubble(view, photoUrl, view.mine ? 'reporter' : 'follower')))),
  ];
}
