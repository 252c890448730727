import { ROLE_LABELS, type Me } from '../lib/session.ts';

/** Local mode only: who the page acts as, and the way back to the chat console to switch. */
export function LocalModeBar({ me }: { me: Me }) {
  return (
    <div class="local-bar" role="note">
      <span>
        ทดลองเป็น <strong>{me.name ?? 'ผู้ใช้'}</strong> · {ROLE_LABELS[me.role]}
      </span>
      <a href="/dev/" target="_top">สลับผู้ใช้</a>
    </div>
  );
}
