import { CASE_ACTIONS, isCaseAction } from './case-actions.ts';

/** Steps of a case's history that are not status moves. */
const OTHER_STEPS: Record<string, string> = {
  file: 'แจ้งเรื่อง',
  note: 'เพิ่มข้อความ',
  support: 'มีผู้แจ้งเรื่องเดียวกันเพิ่ม',
  escalate: 'แจ้งศูนย์ฯ เพราะเกินกำหนด',
  message: 'ข้อความในการสนทนา',
};

/** How a step of the audit trail reads in a timeline (chat cards and the LIFF pages). */
export function historyLabel(action: string): string {
  if (isCaseAction(action)) return CASE_ACTIONS[action].label;
  return OTHER_STEPS[action] ?? action;
}
