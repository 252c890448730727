import { PageShell } from './page-shell.tsx';
import { href } from '../routes.ts';

export function NotFound() {
  return (
    <PageShell title="ไม่พบหน้านี้">
      <p>ลิงก์นี้อาจไม่ถูกต้องหรือหน้าถูกย้ายแล้วค่ะ</p>
      <a class="button" href={href('/')}>ไปหน้าหลัก</a>
    </PageShell>
  );
}
