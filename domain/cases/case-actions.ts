import type { CaseStatus } from './case-statuses.ts';

/** Who may take an action: the office the case is with (its officers, Clinic Center staff), the reporter, or the system. */
export type ActorRelation = 'office' | 'reporter' | 'system';

/**
 * Every legal move of a case, as data: from which statuses, to which, by whom. The domain
 * refuses anything else, whatever a page or an old button asks.
 */
export const CASE_ACTIONS = {
  accept: { from: ['new', 'forwarded'], to: 'accepted', by: 'office', label: 'รับเรื่อง' },
  start: { from: ['accepted'], to: 'in_progress', by: 'office', label: 'เริ่มดำเนินการ' },
  resolve: { from: ['accepted', 'in_progress'], to: 'resolved', by: 'office', label: 'แก้ไขเสร็จแล้ว' },
  forward: { from: ['new', 'accepted', 'in_progress', 'forwarded'], to: 'forwarded', by: 'office', label: 'ส่งต่อ' },
  reject: { from: ['new', 'accepted', 'in_progress', 'forwarded'], to: 'rejected', by: 'office', label: 'ไม่รับเรื่อง' },
  cancel: { from: ['new'], to: 'cancelled', by: 'reporter', label: 'ยกเลิกเรื่อง' },
  confirm: { from: ['resolved'], to: 'closed', by: 'reporter', label: 'ยืนยันว่าเรียบร้อย' },
  rate: { from: ['resolved', 'closed'], to: 'closed', by: 'reporter', label: 'ให้คะแนน' },
  reopen: { from: ['resolved', 'closed'], to: 'in_progress', by: 'reporter', label: 'ยังไม่เรียบร้อย' },
  autoClose: { from: ['resolved'], to: 'closed', by: 'system', label: 'ปิดเรื่องอัตโนมัติ' },
} as const satisfies Record<string, { from: readonly CaseStatus[]; to: CaseStatus; by: ActorRelation; label: string }>;

export type CaseActionName = keyof typeof CASE_ACTIONS;

export function isCaseAction(value: string): value is CaseActionName {
  return Object.hasOwn(CASE_ACTIONS, value);
}

export function allowedFrom(action: CaseActionName, status: CaseStatus): boolean {
  return (CASE_ACTIONS[action].from as readonly CaseStatus[]).includes(status);
}
