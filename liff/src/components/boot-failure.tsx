import type { ApiError } from '../lib/api-client.ts';
import { ErrorNotice } from './error-notice.tsx';

/** Shown when the app cannot start at all (no LIFF, no network, refused token). */
export function BootFailure({ message, error }: { message: string | null; error: ApiError | null }) {
  return (
    <main class="page">
      <h1 class="page-title">Clinic Center</h1>
      {error ? (
        <ErrorNotice error={error} onRetry={() => location.reload()} />
      ) : (
        <section class="notice notice-error" role="alert">
          <p>{message ?? 'เปิดหน้านี้ไม่สำเร็จ กรุณาปิดแล้วเปิดใหม่จาก LINE อีกครั้งค่ะ'}</p>
          <button type="button" class="button secondary" onClick={() => location.reload()}>ลองใหม่</button>
        </section>
      )}
    </main>
  );
}
