import { useState } from 'preact/hooks';
import { PageShell } from '../components/page-shell.tsx';
import { Loading } from '../components/loading.tsx';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useApi } from '../lib/use-api.ts';
import type { PrivacyRequestView } from '../features/privacy/privacy-api.ts';
import { RequestCard } from '../features/privacy/request-card.tsx';
import { PDPA_RESPONSE_DAYS } from '../../../domain/privacy/pdpa-deadline.ts';
import '../features/privacy/privacy.css';

type Shown = 'open' | 'done';

/** Staff: PDPA requests, the nearest deadline first and overdue ones marked; the server checks the role. */
export default function StaffPrivacyPage() {
  const [shown, setShown] = useState<Shown>('open');
  const [note, setNote] = useState<string | null>(null);
  const loaded = useApi<{ requests: PrivacyRequestView[] }>(`/staff/privacy-requests?status=${shown}`);
  const requests = loaded.data?.requests ?? [];
  const overdue = requests.filter((request) => request.overdue).length;
  const show = (next: Shown) => {
    setNote(null);
    setShown(next);
  };
  const done = (text: string) => {
    setNote(text);
    loaded.reload();
  };
  const tab = (value: Shown, label: string) => (
    <button type="button" class={shown === value ? 'chip chip-on' : 'chip'} aria-pressed={shown === value} onClick={() => show(value)}>{label}</button>
  );

  return (
    <PageShell title="คำขอข้อมูลส่วนบุคคล">
      {loaded.error?.status === 403 ? (
        <ErrorNotice error={loaded.error} />
      ) : (
        <>
          <p class="lead">คำขอดูหรือลบข้อมูลตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล ต้องดำเนินการภายใน {PDPA_RESPONSE_DAYS} วัน</p>
          <div class="count-chips" role="group" aria-label="แสดง">
            {tab('open', 'รอดำเนินการ')}
            {tab('done', 'ดำเนินการแล้ว')}
          </div>
          {note && <p class="notice notice-ok" role="status">{note}</p>}
          {loaded.error && <ErrorNotice error={loaded.error} onRetry={loaded.reload} />}
          {loaded.loading && !loaded.data && <Loading block />}
          {loaded.data && (
            <section class="section" aria-label={shown === 'open' ? 'คำขอที่รอดำเนินการ' : 'คำขอที่ดำเนินการแล้ว'}>
              <p class="total" role="status">
                {requests.length === 0 ? (shown === 'open' ? 'ไม่มีคำขอที่รอดำเนินการค่ะ' : 'ยังไม่มีคำขอที่ดำเนินการแล้วค่ะ') : `${requests.length} คำขอ`}
                {overdue > 0 && <span class="overdue-note"> · เลยกำหนด {overdue}</span>}
              </p>
              <ul class="plain-list">
                {requests.map((request) => <RequestCard key={request.id} request={request} now={Date.now()} onDone={done} />)}
              </ul>
            </section>
          )}
        </>
      )}
    </PageShell>
  );
}
