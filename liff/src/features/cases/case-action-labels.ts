import { CASE_ACTIONS, isCaseAction } from '../../../../domain/cases/case-actions.ts';

/** History entries that are not moves of the case. */
const OTHER_LABELS: Record<string, string> = { create: 'แจ้งเรื่อง', created: 'แจ้งเรื่อง', note: 'เพิ่มข้อมูล', follow: 'ติดตามเรื่อง' };

/** The Thai name of an action, from the domain's table of moves (one name per feature). */
export function actionLabel(action: string): string {
  if (isCaseAction(action)) return CASE_ACTIONS[action].label;
  return OTHER_LABELS[action] ?? action;
}
