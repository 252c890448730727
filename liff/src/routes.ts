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

/** One lazy chunk per page, so a villager's phone downloads only the page it opens. */
export const ROUTES: PageRoute[] = [
  { path: '/', component: lazy(() => import('./pages/home-page.tsx')) },
  {
    path: '/cases/new',
    component: lazy(() => import('./pages/new-case-page.tsx')),
    menu: { label: 'แจ้งเรื่องใหม่', hint: 'แจ้งปัญหาหรือขอคำปรึกษา พร้อมรูปและตำแหน่ง', roles: EVERYONE },
  },
  {
    path: '/cases',
    component: lazy(() => import('./pages/my-cases-page.tsx')),
    menu: { label: 'เรื่องของฉัน', hint: 'ติดตามสถานะ เพิ่มข้อมูล ให้คะแนน', roles: EVERYONE },
  },
  { path: '/cases/:ticket', component: lazy(() => import('./pages/case-detail-page.tsx')) },
  {
    path: '/officer/queue',
    component: lazy(() => import('./pages/officer-queue-page.tsx')),
    menu: { label: 'คิวงานของฉัน', hint: 'เรื่องของหน่วยงาน เรียงตามวันครบกำหนด', roles: OFFICERS },
  },
  {
    path: '/officer/register',
    component: lazy(() => import('./pages/officer-register-page.tsx')),
    menu: { label: 'ลงทะเบียนเจ้าหน้าที่', hint: 'สำหรับเจ้าหน้าที่ อปท. ที่ได้รับรหัสเชิญ', roles: ['villager'] },
  },
  {
    path: '/staff/consultations',
    component: lazy(() => import('./pages/staff-consultations-page.tsx')),
    menu: { label: 'คุยกับผู้ขอคำปรึกษา', hint: 'ผู้ที่รอคุยกับเจ้าหน้าที่และที่กำลังคุยอยู่ ตอบในแชตได้ทันที', roles: STAFF },
  },
  { path: '/staff/consultations/:id', component: lazy(() => import('./pages/staff-consultation-chat-page.tsx')) },
  {
    path: '/staff/cases',
    component: lazy(() => import('./pages/staff-cases-page.tsx')),
    menu: { label: 'เรื่องทั้งหมด', hint: 'ทุกหน่วยงาน กรองได้ ส่งออกเป็น CSV', roles: STAFF },
  },
  {
    path: '/staff/faq',
    component: lazy(() => import('./pages/staff-faq-page.tsx')),
    menu: { label: 'คำถามที่พบบ่อย', hint: 'ค้นหา แก้ไข ปิดใช้ และดูตัวอย่างคำตอบ', roles: STAFF },
  },
  { path: '/staff/faq/:faqId', component: lazy(() => import('./pages/staff-faq-edit-page.tsx')) },
  {
    path: '/staff/unanswered',
    component: lazy(() => import('./pages/staff-unanswered-page.tsx')),
    menu: { label: 'คำถามที่บอทยังตอบไม่ได้', hint: 'รวมกลุ่มคำถามคล้ายกัน เพิ่มเป็นคำตอบได้ในสองแตะ', roles: STAFF },
  },
  {
    path: '/staff/reports',
    component: lazy(() => import('./pages/staff-reports-page.tsx')),
    menu: { label: 'รายงานผล 6 เดือน', hint: 'ตัวเลข กราฟ เทียบงวดก่อน และไฟล์ PDF Excel CSV', roles: STAFF },
  },
  {
    path: '/activities',
    component: lazy(() => import('./pages/activities-page.tsx')),
    menu: { label: 'ตารางกิจกรรม', hint: 'กิจกรรมเดือนนี้และเดือนหน้า ลงทะเบียน เพิ่มลงปฏิทิน', roles: EVERYONE },
  },
  { path: '/activities/:activityId/visit', component: lazy(() => import('./pages/activity-visit-page.tsx')) },
  {
    path: '/staff/activities',
    component: lazy(() => import('./pages/staff-activities-page.tsx')),
    menu: { label: 'จัดการตารางกิจกรรม', hint: 'รายเดือน เพิ่ม เผยแพร่ ยกเลิก หรือเลื่อนพร้อมเหตุผล', roles: STAFF },
  },
  { path: '/staff/activities/:activityId', component: lazy(() => import('./pages/staff-activity-edit-page.tsx')) },
  {
    path: '/me/data',
    component: lazy(() => import('./pages/my-data-page.tsx')),
    menu: { label: 'ข้อมูลของฉัน', hint: 'ข้อมูลที่บันทึกไว้ เก็บนานเท่าไร ขอสำเนาหรือขอลบ', roles: EVERYONE },
  },
  {
    path: '/staff/privacy',
    component: lazy(() => import('./pages/staff-privacy-page.tsx')),
    menu: { label: 'คำขอข้อมูลส่วนบุคคล', hint: 'คำขอดูและลบข้อมูลตาม PDPA เรียงตามวันครบกำหนด', roles: STAFF },
  },
  {
    path: '/staff/invites',
    component: lazy(() => import('./pages/staff-invites-page.tsx')),
    menu: { label: 'รหัสเชิญเจ้าหน้าที่', hint: 'สร้างรหัสให้เจ้าหน้าที่ อปท. ลงทะเบียน', roles: ['office-admin', ...STAFF] },
  },
];

export const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

/** An app path as a link: `href('/cases/new')` → `/liff/cases/new`. */
export function href(path: string): string {
  return `${BASE}${path}`;
}
