import { useEffect, useState } from 'preact/hooks';
import { PageShell } from '../components/page-shell.tsx';
import { Loading } from '../components/loading.tsx';
import { ErrorNotice } from '../components/error-notice.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { CasePhoto } from '../components/case-photo.tsx';
import { useApi } from '../lib/use-api.ts';
import { useMe } from '../lib/session.ts';
import { thaiDate } from '../lib/thai-date.ts';
import type { PageProps } from '../routes.ts';
import { casePath } from '../features/cases/case-api.ts';
import { OPEN_STATUSES, type CaseCategory, type CaseDetail } from '../features/cases/case-types.ts';
import { CaseTimeline } from '../features/cases/case-timeline.tsx';
import { CaseActionForm } from '../features/cases/case-action-form.tsx';
import { CaseNoteForm } from '../features/cases/case-note-form.tsx';
import { historyLabel as actionLabel } from '../../../domain/cases/history-labels.ts';

/** One case: its facts, its timeline, and only the actions the server says this person may take. */
export default function CaseDetailPage({ params }: PageProps) {
  const ticket = params?.ticket ?? '';
  const loaded = useApi<{ case: CaseDetail }>(casePath(ticket));
  const categories = useApi<{ categories: CaseCategory[] }>('/case-categories');
  const me = useMe();
  const [current, setCurrent] = useState<CaseDetail | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => setCurrent(loaded.data?.case ?? null), [loaded.data]);

  const item = current;
  const category = categories.data?.categories.find((candidate) => candidate.code === item?.category);
  const back = me.role === 'officer' || me.role === 'office-admin' ? '/officer/queue' : me.role === 'staff' || me.role === 'admin' ? '/staff/cases' : '/cases';
  const updated = (next: CaseDetail, note: string) => {
    setCurrent(next);
    setOpen(null);
    setDone(note);
  };

  return (
    <PageShell title={`เรื่อง ${ticket}`} back={back}>
      {loaded.error && <ErrorNotice error={loaded.error} onRetry={loaded.reload} />}
      {loaded.loading && !item && <Loading block />}
      {item && (
        <>
          <section class="card" aria-label="รายละเอียดเรื่อง">
            <p class="case-head">
              <StatusBadge label={item.statusLabel} color={item.statusColor} />
              {item.overdue && <span class="overdue-note">เลยกำหนดแล้ว</span>}
            </p>
            <h2>{item.categoryName}</h2>
            <p class="pre">{item.description}</p>
            {item.photoIds.length > 0 && (
              <div class="photo-row">
                {item.photoIds.map((photoId, index) => (
                  <CasePhoto key={photoId} photoId={photoId} alt={`รูปที่ ${index + 1} ของเรื่อง ${item.ticket}`} />
                ))}
              </div>
            )}
            <dl class="summary">
              <dt>หน่วยงานที่รับเรื่อง</dt>
              <dd>{item.officeName}{item.assignee ? ` · ผู้รับผิดชอบ ${item.assignee.name}` : ''}</dd>
              {item.area && (
                <>
                  <dt>พื้นที่</dt>
                  <dd>ต.{item.area.subdistrictName} อ.{item.area.districtName}</dd>
                </>
              )}
              {item.location && (
                <>
                  <dt>ตำแหน่ง</dt>
                  <dd>
                    <a href={`https://www.openstreetmap.org/?mlat=${item.location.latitude}&mlon=${item.location.longitude}#map=18/${item.location.latitude}/${item.location.longitude}`} target="_blank" rel="noopener noreferrer">
                      {item.location.latitude}, {item.location.longitude}
                    </a>
                    {item.location.address ? ` · ${item.location.address}` : ''}
                  </dd>
                </>
              )}
              <dt>แจ้งเมื่อ</dt>
              <dd>{thaiDate(item.createdAt)} · กำหนดเสร็จ {thaiDate(item.dueAt)}</dd>
              {item.contact && (
                <>
                  <dt>ติดต่อผู้แจ้ง</dt>
                  <dd>{item.contact.name} · <a href={`tel:${item.contact.phone}`}>{item.contact.phone}</a></dd>
                </>
              )}
              {item.rating !== null && (
                <>
                  <dt>คะแนนความพอใจ</dt>
                  <dd>{'★'.repeat(item.rating)} ({item.rating}/5)</dd>
                </>
              )}
            </dl>
          </section>

          {done && <p class="notice notice-ok" role="status">{done}</p>}
          {item.canAct.length > 0 && (
            <section class="section" aria-labelledby="actions-heading">
              <h2 id="actions-heading">ดำเนินการ</h2>
              {open ? (
                <CaseActionForm ticket={item.ticket} action={open} needsResultPhoto={item.kind === 'problem' && (category?.needsResultPhoto ?? false)} onDone={(next) => updated(next, `บันทึก «${actionLabel(open)}» แล้วค่ะ`)} onCancel={() => setOpen(null)} />
              ) : (
                <div class="actions">
                  {item.canAct.map((action) => (
                    <button type="button" key={action} class={action === 'reject' || action === 'cancel' ? 'button danger' : 'button secondary'} onClick={() => { setDone(null); setOpen(action); }}>
                      {actionLabel(action)}
                    </button>
                  ))}
                </div>
              )}
            </section>
          )}
          {OPEN_STATUSES.includes(item.status) && !open && <CaseNoteForm ticket={item.ticket} onDone={(next) => updated(next, 'เพิ่มข้อมูลแล้ว')} />}

          <section class="section" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">ความคืบหน้า</h2>
            <CaseTimeline history={item.history} />
          </section>
        </>
      )}
    </PageShell>
  );
}
