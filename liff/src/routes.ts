import { lazy } from 'preact-iso';
import type { ComponentType } from 'preact';
import type { Role } from './lib/session.ts';

/** preact-iso hands each page its path parameters (`/cases/:ticket` → params.ticket). */
export type PageProps = { params?: Record<string, string> };

export type PageRoute = {
  path: string;
  component: ComponentType<PageProps>;
  /** Shown on the home page to these roles; pages not offered to a role are not linked for it. */
  menu?: { label: string; hint: string; roles: readonly Role[] };
};

const EVERYONE: readonly Role[] = ['villager', 'officer', 'office-admin', 'staff', 'admin'];
const OFFICERS: readonly Role[] = ['officer', 'office-admin'];
const STAFF: readonly Role[] = ['staff', 'admin'];

/** A page at `path`, loaded when first opened; `menu` puts it on the home page for those roles. */
function page(path: string, load: () => Promise<{ default: ComponentType<PageProps> }>, menu?: PageRoute['menu']): PageRoute {
  return { path, component: lazy(load), ...(menu ? { menu } : {}) };
}

/** One lazy chunk per page, so a villager's phone downloads only the page it opens. */
export const ROUTES: PageRoute[] = [
  page('/', () => import('./pages/home-page.tsx')),
  page('/cases/new', () => import('./pages/new-case-page.tsx'), { label: 'แจ้งเรื่องใหม่', hint: 'แจ้งปัญหาหรือขอคำปรึกษา พร้อมรูปและตำแหน่ง', roles: EVERYONE }),
  page('/cases', () => import('./pages/my-cases-page.tsx'), { label: 'เรื่องของฉัน', hint: 'ติดตามสถานะ เพิ่มข้อมูล ให้คะแนน', roles: EVERYONE }),
  page('/cases/:ticket', () => import('./pages/case-detail-page.tsx')),
  page('/officer/queue', () => import('./pages/officer-queue-page.tsx'), { label: 'คิวงานของฉัน', hint: 'เรื่องของหน่วยงาน เรียงตามวันครบกำหนด', roles: OFFICERS }),
  page('/officer/register', () => import('./pages/officer-register-page.tsx'), { label: 'ลงทะเบียนเจ้าหน้าที่', hint: 'สำหรับเจ้าหน้าที่ อปท. ที่ได้รับรหัสเชิญ', roles: ['villager'] }),
  page('/staff/consultations', () => import('./pages/staff-consultations-page.tsx'), { label: 'คุยกับผู้ขอคำปรึกษา', hint: 'ผู้ที่รอคุยกับเจ้าหน้าที่และที่กำลังคุยอยู่ ตอบในแชตได้ทันที', roles: STAFF }),
  page('/staff/consultations/:id', () => import('./pages/staff-consultation-chat-page.tsx')),
  page('/staff/cases', () => import('./pages/staff-cases-page.tsx'), { label: 'เรื่องทั้งหมด', hint: 'ทุกหน่วยงาน กรองได้ ส่งออกเป็น CSV', roles: STAFF }),
  page('/staff/faq', () => import('./pages/staff-faq-page.tsx'), { label: 'คำถามที่พบบ่อย', hint: 'ค้นหา แก้ไข ปิดใช้ และดูตัวอย่างคำตอบ', roles: STAFF }),
  page('/staff/faq/:faqId', () => import('./pages/staff-faq-edit-page.tsx')),
  page('/staff/unanswered', () => import('./pages/staff-unanswered-page.tsx'), { label: 'คำถามที่บอทยังตอบไม่ได้', hint: 'รวมกลุ่มคำถามคล้ายกัน เพิ่มเป็นคำตอบได้ในสองแตะ', roles: STAFF }),
  page('/staff/reports', () => import('./pages/staff-reports-page.tsx'), { label: 'รายงานผล 6 เดือน', hint: 'ตัวเลข กราฟ เทียบงวดก่อน และไฟล์ PDF Excel CSV', roles: STAFF }),
  page('/activities', () => import('./pages/activities-page.tsx'), { label: 'ตารางกิจกรรม', hint: 'กิจกรรมเดือนนี้และเดือนหน้า ลงทะเบียน เพิ่มลงปฏิทิน', roles: EVERYONE }),
  page('/activities/:activityId/visit', () => import('./pages/activity-visit-page.tsx')),
  page('/staff/activities', () => import('./pages/staff-activities-page.tsx'), { label: 'จัดการตารางกิจกรรม', hint: 'รายเดือน เพิ่ม เผยแพร่ ยกเลิก หรือเลื่อนพร้อมเหตุผล', roles: STAFF }),
  page('/staff/activities/:activityId', () => import('./pages/staff-activity-edit-page.tsx')),
  page('/me/data', () => import('./pages/my-data-page.tsx'), { label: 'ข้อมูลของฉัน', hint: 'ข้อมูลที่บันทึกไว้ เก็บนานเท่าไร ขอดูหรือขอลบ', roles: EVERYONE }),
  page('/staff/privacy', () => import('./pages/staff-privacy-page.tsx'), { label: 'คำขอข้อมูลส่วนบุคคล', hint: 'คำขอดูและลบข้อมูลตาม PDPA เรียงตามวันครบกำหนด', roles: STAFF }),
  page('/staff/invites', () => import('./pages/staff-invites-page.tsx'), { label: 'รหัสเชิญเจ้าหน้าที่', hint: 'สร้างรหัสให้เจ้าหน้าที่ อปท. ลงทะเบียน', roles: ['office-admin', ...STAFF] }),
];

export const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

/** An app path as a link: `href('/cases/new')` → `/liff/cases/new`. */
export function href(path: string): string {
  return `${BASE}${path}`;
}
