import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { FaqEntry } from '../../../domain/faq/types.ts';
import { PageShell } from '../components/page-shell.tsx';
import { Loading } from '../components/loading.tsx';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useApi } from '../lib/use-api.ts';
import { href, type PageProps } from '../routes.ts';
import { saveFaq, type FaqSummary } from '../features/faq/faq-api.ts';
import { FaqForm } from '../features/faq/faq-form.tsx';

const BLANK: FaqEntry = { id: '', category: '', question: '', variants: [], keywords: [], answer: '', links: [], enabled: true };

/** Staff: edit one entry (or write a new one at /staff/faq/new); saving makes it live at once. */
export default function StaffFaqEditPage({ params }: PageProps) {
  const faqId = params?.faqId ?? 'new';
  const isNew = faqId === 'new';
  const loaded = useApi<{ faqs: FaqSummary[] }>('/staff/faqs');
  const { route } = useLocation();
  const [saved, setSaved] = useState<FaqSummary | null>(null);
  const faqs = loaded.data?.faqs ?? [];
  const entry = isNew ? BLANK : faqs.find((faq) => faq.id === faqId);
  const categories = [...new Set(faqs.map((faq) => faq.category))].sort();

  const submit = async (edited: FaqEntry) => {
    const { faq } = await saveFaq(edited, isNew);
    setSaved(faq);
    if (isNew) route(href(`/staff/faq/${encodeURIComponent(faq.id)}`), true);
  };

  return (
    <PageShell title={isNew ? 'เพิ่มคำถามใหม่' : 'แก้ไขคำถาม'} back="/staff/faq">
      {loaded.error && <ErrorNotice error={loaded.error} onRetry={loaded.reload} />}
      {loaded.loading && <Loading block />}
      {saved && (
        <p class="notice notice-ok" role="status">
          บันทึกแล้ว บอทใช้คำตอบใหม่ทันทีค่ะ
        </p>
      )}
      {loaded.data && !entry && <p class="notice notice-error" role="alert">ไม่พบคำถามรหัส {faqId} ค่ะ</p>}
      {loaded.data && entry && <FaqForm key={entry.id} initial={entry} isNew={isNew} categories={categories} submitLabel="บันทึก" onSubmit={submit} />}
    </PageShell>
  );
}
