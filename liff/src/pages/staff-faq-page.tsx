import { useMemo, useState } from 'preact/hooks';
import { PageShell } from '../components/page-shell.tsx';
import { Loading } from '../components/loading.tsx';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useApi } from '../lib/use-api.ts';
import { ApiError } from '../lib/api-client.ts';
import { href } from '../routes.ts';
import { matchesSearch, setFaqEnabled, type FaqSummary } from '../features/faq/faq-api.ts';

type Shown = 'all' | 'enabled' | 'disabled';

/** Staff: every FAQ entry, searchable; open one to edit it, or switch it off in one tap. */
export default function StaffFaqPage() {
  const loaded = useApi<{ faqs: FaqSummary[] }>('/staff/faqs');
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState<Shown>('all');
  const [changed, setChanged] = useState<Record<string, FaqSummary>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const faqs = useMemo(() => (loaded.data?.faqs ?? []).map((faq) => changed[faq.id] ?? faq), [loaded.data, changed]);
  const visible = faqs.filter((faq) => matchesSearch(faq, search) && (shown === 'all' || (shown === 'enabled') === faq.enabled));

  const toggle = async (faq: FaqSummary) => {
    setFailure(null);
    try {
      const { faq: saved } = await setFaqEnabled(faq.id, !faq.enabled);
      setChanged((previous) => ({ ...previous, [saved.id]: saved }));
    } catch (error) {
      setFailure(error instanceof ApiError ? error : null);
    }
  };

  return (
    <PageShell title="คำถามที่พบบ่อย">
      {loaded.error && !loaded.data ? (
        <ErrorNotice error={loaded.error} onRetry={loaded.reload} />
      ) : (
        <>
          <div class="row">
            <div class="field">
              <label for="faq-search">ค้นหา</label>
              <input id="faq-search" type="search" value={search} onInput={(event) => setSearch(event.currentTarget.value)} placeholder="เช่น เบี้ยผู้สูงอายุ" />
            </div>
            <div class="field">
              <label for="faq-shown">แสดง</label>
              <select id="faq-shown" value={shown} onChange={(event) => setShown(event.currentTarget.value as Shown)}>
                <option value="all">ทั้งหมด</option>
                <option value="enabled">เปิดใช้อยู่</option>
                <option value="disabled">ปิดใช้อยู่</option>
              </select>
            </div>
          </div>
          <div class="actions">
            <a class="button" href={href('/staff/faq/new')}>+ เพิ่มคำถามใหม่</a>
          </div>
          {failure && <ErrorNotice error={failure} />}
          {loaded.loading && <Loading />}
          <p class="muted" role="status">{loaded.data ? `พบ ${visible.length} จาก ${faqs.length} รายการ` : ''}</p>
          <ul class="plain-list">
            {visible.map((faq) => (
              <li key={faq.id} class={faq.enabled ? 'card' : 'card card-off'}>
                <h2 class="card-title">
                  <a href={href(`/staff/faq/${encodeURIComponent(faq.id)}`)}>{faq.question}</a>
                </h2>
                <p class="badges">
                  <span class="badge">{faq.category}</span>
                  {!faq.enabled && <span class="badge badge-off">ปิดใช้อยู่</span>}
                </p>
                <p class="small muted">
                  ตอบไป {faq.hitCount} ครั้ง · ตรงคำถาม {faq.helpfulCount} · ไม่ตรง {faq.notHelpfulCount}
                </p>
                <div class="actions compact">
                  <a class="button secondary" href={href(`/staff/faq/${encodeURIComponent(faq.id)}`)} aria-label={`แก้ไข ${faq.question}`}>แก้ไข</a>
                  <button type="button" class={faq.enabled ? 'button danger' : 'button secondary'} onClick={() => toggle(faq)} aria-label={`${faq.enabled ? 'ปิดใช้' : 'เปิดใช้'} ${faq.question}`}>
                    {faq.enabled ? 'ปิดใช้' : 'เปิดใช้'}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </PageShell>
  );
}
