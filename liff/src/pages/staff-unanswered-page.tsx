import { useEffect, useState } from 'preact/hooks';
import { PageShell } from '../components/page-shell.tsx';
import { Loading } from '../components/loading.tsx';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useApi } from '../lib/use-api.ts';
import type { FaqSummary } from '../features/faq/faq-api.ts';
import { unansweredPath, type UnansweredGroup, type UnansweredPage } from '../features/faq/unanswered-api.ts';
import { UnansweredCard } from '../features/faq/unanswered-card.tsx';

/** Staff: what villagers asked that the bot could not answer, most asked first, page by page. */
export default function StaffUnansweredPage() {
  const [cursor, setCursor] = useState<string | null>(null);
  const page = useApi<UnansweredPage>(unansweredPath(cursor));
  const faqs = useApi<{ faqs: FaqSummary[] }>('/staff/faqs');
  const [groups, setGroups] = useState<UnansweredGroup[]>([]);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    const incoming = page.data?.groups;
    if (incoming) setGroups((previous) => (cursor ? [...previous, ...incoming.filter((group) => !previous.some((known) => known.groupId === group.groupId))] : incoming));
  }, [page.data]);

  const resolved = (groupId: string, note: string) => {
    setGroups((previous) => previous.filter((group) => group.groupId !== groupId));
    setDone(note);
  };
  const enabledFaqs = (faqs.data?.faqs ?? []).filter((faq) => faq.enabled);
  const categories = [...new Set((faqs.data?.faqs ?? []).map((faq) => faq.category))].sort();
  const error = page.error ?? faqs.error;

  return (
    <PageShell title="คำถามที่บอทยังตอบไม่ได้">
      <p class="lead">คำถามที่คล้ายกันรวมเป็นกลุ่ม เรียงตามจำนวนครั้งที่ถูกถาม</p>
      {done && <p class="notice notice-ok" role="status">{done} บอทจะตอบคำถามแบบนี้ได้ทันทีค่ะ</p>}
      {error && <ErrorNotice error={error} onRetry={() => (page.error ? page.reload() : faqs.reload())} />}
      {(page.loading || faqs.loading) && <Loading block={groups.length === 0} />}
      {!error && page.data && faqs.data && groups.length === 0 && <p class="notice notice-ok">ไม่มีคำถามค้างอยู่ค่ะ</p>}
      {faqs.data && (
        <ul class="plain-list">
          {groups.map((group) => (
            <UnansweredCard key={group.groupId} group={group} faqs={enabledFaqs} categories={categories} onResolved={resolved} />
          ))}
        </ul>
      )}
      {page.data?.nextCursor && (
        <button type="button" class="button secondary block" disabled={page.loading} onClick={() => setCursor(page.data?.nextCursor ?? null)}>
          ดูกลุ่มถัดไป
        </button>
      )}
    </PageShell>
  );
}
