import { useState } from 'preact/hooks';
import { PageShell } from '../components/page-shell.tsx';
import { Loading } from '../components/loading.tsx';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useApi } from '../lib/use-api.ts';
import { useMe } from '../lib/session.ts';
import { CaseList } from '../features/cases/case-list.tsx';
import { OPEN_STATUSES, statusName, type CaseStatus, type CaseView } from '../features/cases/case-types.ts';

type Due = 'all' | 'overdue' | 'soon';

/** Officer: the office's cases, soonest due first, filtered by status and due date. */
export default function OfficerQueuePage() {
  const me = useMe();
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [due, setDue] = useState<Due>('all');
  const query = new URLSearchParams({ due, ...(status ? { status } : {}) });
  const loaded = useApi<{ cases: CaseView[] }>(`/officer/queue?${query}`);
  return (
    <PageShell title="คิวงานของฉัน">
      {me.officeName && <p class="lead">{me.officeName}</p>}
      <div class="row">
        <div class="field">
          <label for="queue-status">สถานะ</label>
          <select id="queue-status" value={status} onChange={(event) => setStatus(event.currentTarget.value as CaseStatus | '')}>
            <option value="">ทุกสถานะที่ยังไม่เสร็จ</option>
            {[...OPEN_STATUSES, 'resolved' as const].map((code) => (
              <option key={code} value={code}>{statusName(code)}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="queue-due">กำหนดเสร็จ</label>
          <select id="queue-due" value={due} onChange={(event) => setDue(event.currentTarget.value as Due)}>
            <option value="all">ทั้งหมด</option>
            <option value="overdue">เลยกำหนดแล้ว</option>
            <option value="soon">ใกล้ครบกำหนด</option>
          </select>
        </div>
      </div>
      {loaded.error && <ErrorNotice error={loaded.error} onRetry={loaded.reload} />}
      {loaded.loading && <Loading />}
      {loaded.data && <p class="muted" role="status">{loaded.data.cases.length === 0 ? 'ไม่มีเรื่องตามที่เลือกค่ะ' : `${loaded.data.cases.length} เรื่อง`}</p>}
      {loaded.data && <CaseList cases={loaded.data.cases} />}
    </PageShell>
  );
}
