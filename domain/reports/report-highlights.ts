import type { Report } from './report-types.ts';

const number = new Intl.NumberFormat('th-TH');

/** A few plain sentences on what the tables say, for the summary page and the staff message. Pure. */
export function reportHighlights(report: Report): string[] {
  const { cases, faq, activities } = report.current;
  const lines = [
    `เกินกำหนด ${number.format(cases.overdue)} เรื่อง · เกินนานจนแจ้งศูนย์ฯ ${number.format(cases.escalated)} เรื่อง`,
    `ส่งต่อหน่วยงานอื่น ${number.format(cases.forwarded)} ครั้ง · ไม่รับเรื่อง ${number.format(cases.rejected)} เรื่อง · ขอเปิดเรื่องใหม่ ${number.format(cases.reopened)} ครั้ง`,
    `บอทได้รับคำถาม ${number.format(faq.asked)} ข้อ ตอบได้ทันที ${number.format(faq.answered)} ข้อ · เพิ่มคำถามในคลังความรู้ ${number.format(faq.entriesAdded)} ข้อ`,
  ];
  const gap = faq.topUnanswered[0];
  if (gap) lines.push(`เรื่องที่ถามแล้วบอทยังตอบไม่ได้มากที่สุด: «${gap.title}» (${number.format(gap.count)} ครั้ง)`);
  lines.push(`ลบข้อมูลติดต่อของเรื่องที่ปิดแล้วตามระยะเวลาที่กำหนด (PDPA) ${number.format(cases.anonymised)} เรื่อง`);
  if (activities.missing) lines.push(activities.missing);
  else lines.push(`จัดกิจกรรม ${number.format(activities.held)} ครั้ง ผู้ลงทะเบียน ${number.format(activities.registrations)} คน · หน่วยเคลื่อนที่ออกพื้นที่ ${number.format(activities.mobileVisits)} ครั้ง`);
  return lines;
}
