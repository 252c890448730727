import type { messagingApi } from '@line/bot-sdk';
import type { CaseView } from '../../domain/cases/case-view.ts';
import { formatThaiDate } from '../../domain/time/thai-time.ts';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import { postbackAction, textMessage } from './quick-reply.ts';
import { FEATURE_NAMES as F } from './feature-names.ts';

const MAX_LISTED = 10;

function line(view: CaseView): string {
  const due = view.overdue ? `เกินกำหนด (ครบ ${formatThaiDate(new Date(view.dueAt))})` : `ครบกำหนด ${formatThaiDate(new Date(view.dueAt))}`;
  return `• ${view.ticket} ${view.categoryName} — ${due}`;
}

function listed(views: CaseView[]): string {
  const shown = views.slice(0, MAX_LISTED).map(line).join('\n');
  return views.length > MAX_LISTED ? `${shown}\nและอีก ${views.length - MAX_LISTED} เรื่อง` : shown;
}

/** The morning digest for an office's officers: how many, then each case with its due date. */
export function buildDeadlineDigest(officeName: string, views: CaseView[]): messagingApi.Message[] {
  const overdue = views.filter((view) => view.overdue).length;
  const head = `เรื่องใกล้ครบกำหนด/เกินกำหนดของ${officeName}: ${views.length} เรื่อง${overdue > 0 ? ` (เกินกำหนด ${overdue})` : ''}`;
  return [textMessage(`${head}\n${listed(views)}`, [postbackAction(F.myWork, POSTBACK_ACTIONS.officerQueue, {}, 'งานของฉัน')])];
}

/** What Clinic Center staff hear when cases stay overdue past the escalation threshold. */
export function buildEscalationDigest(views: CaseView[], days: number): messagingApi.Message[] {
  return [textMessage(`เรื่องที่เกินกำหนดเกิน ${days} วัน ${views.length} เรื่อง ส่งให้ศูนย์ฯ ช่วยติดตามค่ะ\n${listed(views.map((view) => ({ ...view, categoryName: `${view.categoryName} (${view.officeName})` })))}`)];
}
