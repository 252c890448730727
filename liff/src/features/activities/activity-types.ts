import type { ActivityView } from '../../../../domain/activities/activity-view.ts';

/** As the API sends it (dates as ISO strings), with the viewer's own registration. */
export type Activity = Omit<ActivityView, 'startAt' | 'endAt'> & { startAt: string; endAt: string; registered?: boolean };
export type ActivityDetail = Activity & { history: { at: string; action: string; reason: string | null; toStartAt: string | null; by: string | null }[] };
export type Named = { code: string; name: string };
export type ActivityReference = { topics: Named[]; types: Named[]; audiences: Named[]; statuses: Named[] };

export const HISTORY_NAMES: Record<string, string> = {
  create: 'สร้าง',
  edit: 'แก้ไข',
  publish: 'เผยแพร่',
  cancel: 'ยกเลิก',
  postpone: 'เลื่อนออกไป',
  reschedule: 'เปลี่ยนวันเวลา',
};
