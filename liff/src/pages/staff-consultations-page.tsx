import { useState } from 'preact/hooks';
import { PageShell } from '../components/page-shell.tsx';
import { Loading } from '../components/loading.tsx';
import { ErrorNotice } from '../components/error-notice.tsx';
import type { QueueItem } from '../features/consultations/consultation-api.ts';
import { usePolledApi } from '../features/consultations/use-polled-api.ts';
import { QueueCard } from '../features/consultations/queue-card.tsx';
import '../features/consultations/consultations.css';

const POLL_MS = 5_000;
type Shown = 'open' | 'ended';

/** Staff: who is waiting for a person and who is being answered; refreshes itself while open. */
export default function StaffConsultationsPage() {
  const [shown, setShown] = useState<Shown>('open');
  const loaded = usePolledApi<{ consultations: QueueItem[] }>(shown === 'open' ? '/consultations' : '/consultations?status=ended', POLL_MS);
  const items = loaded.data?.consultations ?? [];
  const waiting = items.filter((item) => item.status === 'waiting');
  const active = items.filter((item) => item.status === 'active');
  const section = (id: string, title: string, list: QueueItem[], empty: string) => (
    <section class="section" aria-labelledby={id}>
      <h2 id={id}>{title} <span class="count">{list.length}</span></h2>
      {list.length === 0 ? <p class="muted">{empty}</p> : <ul class="plain-list">{list.map((item) => <QueueCard key={item.id} item={item} />)}</ul>}
    </section>
  );

  return (
    <PageShell title="คุยกับผู้ขอคำปรึกษา">
      <div class="count-chips" role="group" aria-label="แสดง">
        <button type="button" class={shown === 'open' ? 'chip chip-on' : 'chip'} aria-pressed={shown === 'open'} onClick={() => setShown('open')}>รอและกำลังคุย</button>
        <button type="button" class={shown === 'ended' ? 'chip chip-on' : 'chip'} aria-pressed={shown === 'ended'} onClick={() => setShown('ended')}>จบแล้ว</button>
      </div>
      <p class="small muted queue-note">อัปเดตเองทุก 5 วินาทีขณะเปิดหน้านี้</p>
      {loaded.error && <ErrorNotice error={loaded.error} onRetry={loaded.reload} />}
      {loaded.loading && !loaded.data && <Loading block />}
      {loaded.data && shown === 'open' && (
        <>
          {section('waiting-heading', 'รอรับเรื่อง', waiting, 'ไม่มีผู้รอคุยตอนนี้ค่ะ')}
          {section('active-heading', 'กำลังคุย', active, 'ยังไม่มีการสนทนาที่กำลังคุยค่ะ')}
        </>
      )}
      {loaded.data && shown === 'ended' && section('ended-heading', 'จบแล้ว (ล่าสุด 100 รายการ)', items, 'ยังไม่มีการสนทนาที่จบแล้วค่ะ')}
    </PageShell>
  );
}
