/**
 * Case statuses as data, after FixMyStreet: each has a Thai label and colour for villagers,
 * officers and pages, and a group (open, fixed, closed) that lists and reports count by.
 */
export const CASE_STATUSES = {
  new: { label: 'รอรับเรื่อง', color: '#B45309', group: 'open' },
  accepted: { label: 'รับเรื่องแล้ว', color: '#1D4ED8', group: 'open' },
  in_progress: { label: 'กำลังดำเนินการ', color: '#6D28D9', group: 'open' },
  forwarded: { label: 'ส่งต่อหน่วยงานอื่น', color: '#0E7490', group: 'open' },
  resolved: { label: 'แก้ไขเสร็จแล้ว', color: '#15803D', group: 'fixed' },
  closed: { label: 'ปิดเรื่องแล้ว', color: '#374151', group: 'closed' },
  rejected: { label: 'ไม่รับเรื่อง', color: '#B91C1C', group: 'closed' },
  cancelled: { label: 'ยกเลิกแล้ว', color: '#6B7280', group: 'closed' },
} as const;

export type CaseStatus = keyof typeof CASE_STATUSES;
export const CASE_STATUS_CODES = Object.keys(CASE_STATUSES) as CaseStatus[];
export const OPEN_STATUSES = CASE_STATUS_CODES.filter((status) => CASE_STATUSES[status].group === 'open');

export function isCaseStatus(value: string): value is CaseStatus {
  return Object.hasOwn(CASE_STATUSES, value);
}

export const CASE_PRIORITIES = ['normal', 'high', 'urgent'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];
export const PRIORITY_LABELS: Record<CasePriority, string> = { normal: 'ปกติ', high: 'ด่วน', urgent: 'ด่วนมาก' };
