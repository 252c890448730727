import type { messagingApi } from '@line/bot-sdk';
import type { MessageQuota } from '../../domain/activities/fanout/quota-budget.ts';
import type { MonthlyPlanSummary } from '../../domain/activities/fanout/monthly-plan.ts';
import type { Delivery } from '../../domain/activities/fanout/delivery-report.ts';
import { textMessage } from './quick-reply.ts';
import { formatThaiMonth } from '../../domain/time/thai-time.ts';

/** The plan's figures, how its batches fared at the sender, and what is left of the quota. */
export type FanoutReport = MonthlyPlanSummary & Delivery & { month: string; quotaAfter: MessageQuota | null };

const count = new Intl.NumberFormat('th-TH');

function quotaLine(quota: MessageQuota | null): string {
  if (!quota) return 'อ่านโควตาข้อความจาก LINE ไม่ได้';
  if (quota.limit === null) return `โควตาข้อความ: ไม่จำกัด (ใช้ไปแล้วเดือนนี้ ${count.format(quota.used)})`;
  return `โควตาข้อความคงเหลือ ${count.format(Math.max(0, quota.limit - quota.used))} จาก ${count.format(quota.limit)}`;
}

/** Staff's report in LINE after each monthly push: segments, recipients, batches, failures, quota left. */
export function buildFanoutReport(report: FanoutReport): messagingApi.Message[] {
  const lines = [
    `รายงานส่งตารางกิจกรรม ${formatThaiMonth(report.month)}`,
    `• กิจกรรม ${count.format(report.activities)} รายการ`,
    `• ส่งถึง ${count.format(report.recipients)} คน (เจ้าหน้าที่ ${count.format(report.officers)}, สมาชิก ${count.format(report.subscribers)}) ใน ${count.format(report.segments)} กลุ่ม ${count.format(report.batches)} ชุด`,
    `• ส่งสำเร็จ ${count.format(report.delivered)} คน · ไม่สำเร็จ ${count.format(report.failed)} คน${report.pending > 0 ? ` · ยังรอส่ง ${count.format(report.pending)} คน` : ''}`,
  ];
  const short = report.shortfall.officers + report.shortfall.subscribers;
  if (short > 0) {
    lines.push(`• โควตาไม่พอ: ยังไม่ได้ส่ง ${count.format(short)} คน (เจ้าหน้าที่ ${count.format(report.shortfall.officers)}, สมาชิก ${count.format(report.shortfall.subscribers)}) ส่งเจ้าหน้าที่ก่อน แล้วจึงสมาชิกที่มีกิจกรรมในตำบล อำเภอ และทั้งจังหวัดตามลำดับ`);
  }
  lines.push(`• ${quotaLine(report.quotaAfter)}`);
  return [textMessage(lines.join('\n'))];
}
