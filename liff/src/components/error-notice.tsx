import type { ApiError } from '../lib/api-client.ts';
import { renewLogin } from '../lib/liff-session.ts';
import { href } from '../routes.ts';

/**
 * What went wrong, in the server's own Thai words. A 403 is a refusal (this page is not for this
 * account), a 401 a login to renew; anything else can be retried.
 */
export function ErrorNotice({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  if (error.status === 403) {
    return (
      <section class="notice notice-refusal" role="alert" aria-labelledby="refusal-title">
        <h2 id="refusal-title">ไม่มีสิทธิ์เข้าถึงหน้านี้</h2>
        <p>{error.message}</p>
        <a class="button secondary" href={href('/')}>กลับหน้าหลัก</a>
      </section>
    );
  }
  return (
    <section class="notice notice-error" role="alert">
      <p>{error.message}</p>
      {error.status === 401 ? (
        <button type="button" class="button" onClick={renewLogin}>เข้าสู่ระบบใหม่</button>
      ) : (
        onRetry && <button type="button" class="button secondary" onClick={onRetry}>ลองใหม่</button>
      )}
    </section>
  );
}
