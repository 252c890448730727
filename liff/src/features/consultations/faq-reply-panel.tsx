import { useState } from 'preact/hooks';
import { MAX_VARIANT_LENGTH } from '../../../../domain/forms/consultation-forms.ts';
import { Field, describedBy } from '../../components/field.tsx';
import { Loading } from '../../components/loading.tsx';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { newIdempotencyKey, type ApiError } from '../../lib/api-client.ts';
import { useApi } from '../../lib/use-api.ts';
import { matchesSearch, type FaqSummary } from '../faq/faq-api.ts';
import { consultationApi } from './consultation-api.ts';
import { useAction } from '../../lib/use-action.ts';

const SHOWN = 6;

type Props = { consultationId: string; question: string; canAnswer: boolean; onDone: (note: string) => void; onRefused: (error: ApiError) => void; onClose: () => void };

/**
 * Find an FAQ entry, then send its answer as a staff line («ตอบด้วยคำถามที่พบบ่อย»), or teach
 * the bot: the villager's wording becomes a way of asking that entry («เพิ่มเป็นคำถามของ …»).
 */
export function FaqReplyPanel(props: Props) {
  const faqs = useApi<{ faqs: FaqSummary[] }>('/staff/faqs');
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<FaqSummary | null>(null);
  const [wording, setWording] = useState(props.question.slice(0, MAX_VARIANT_LENGTH));
  const [key, setKey] = useState(newIdempotencyKey);
  const { busy, failure, setFailure, run: act } = useAction(props.onRefused);
  const found = (faqs.data?.faqs ?? []).filter((faq) => faq.enabled && matchesSearch(faq, search));
  const run = (work: () => Promise<string>) => act(async () => props.onDone(await work()));
  const answer = (faq: FaqSummary) =>
    run(async () => {
      await consultationApi.sendFaqAnswer(props.consultationId, faq.id, key);
      setKey(newIdempotencyKey());
      return `ส่งคำตอบของ «${faq.question}» แล้วค่ะ`;
    });
  const addVariant = (faq: FaqSummary) =>
    run(async () => {
      await consultationApi.addFaqVariant(props.consultationId, faq.id, wording);
      return `เพิ่ม «${wording.trim() || props.question}» เป็นคำถามของ «${faq.question}» แล้ว บอทจะตอบคำถามแบบนี้ได้เองค่ะ`;
    });
  const pick = (faq: FaqSummary | null) => {
    setPicked(faq);
    setKey(newIdempotencyKey());
    setFailure(null);
  };

  return (
    <section class="card tool-panel" aria-labelledby="faq-panel-title">
      <h2 id="faq-panel-title">คำถามที่พบบ่อย</h2>
      {faqs.error && <ErrorNotice error={faqs.error} onRetry={faqs.reload} />}
      {faqs.loading && <Loading />}
      {faqs.data && !picked && (
        <>
          <Field id="faq-search" label="ค้นหาคำถามที่พบบ่อย">
            <input id="faq-search" type="search" value={search} placeholder="เช่น ใบอนุญาต ที่ดิน" onInput={(event) => setSearch(event.currentTarget.value)} />
          </Field>
          <p class="small muted" role="status">{found.length === 0 ? 'ไม่พบคำถามที่ตรงกับคำค้นค่ะ' : `พบ ${found.length} รายการ${found.length > SHOWN ? ` แสดง ${SHOWN} รายการแรก` : ''}`}</p>
          <ul class="plain-list faq-choices">
            {found.slice(0, SHOWN).map((faq) => (
              <li key={faq.id}>
                <button type="button" class="faq-choice" onClick={() => pick(faq)}>
                  <strong>{faq.question}</strong>
                  <span class="small muted">{faq.category}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {picked && (
        <>
          <p class="small muted">คำถามที่เลือก</p>
          <h3>{picked.question}</h3>
          <p class="pre faq-answer-preview">{picked.answer}</p>
          {failure && <p class="notice notice-error" role="alert">{failure.fields.faqId ?? failure.message}</p>}
          {props.canAnswer && (
            <button type="button" class="button block" disabled={busy} onClick={() => answer(picked)}>ส่งคำตอบนี้ให้ผู้ขอคำปรึกษา</button>
          )}
          <div class="inline-form">
            <Field id="faq-wording" label="ข้อความคำถามที่จะเพิ่ม" hint="คำถามของผู้ขอคำปรึกษา แก้ให้สั้นเหมือนที่คนทั่วไปพิมพ์ได้" error={failure?.fields.wording}>
              <input id="faq-wording" value={wording} maxLength={MAX_VARIANT_LENGTH} aria-describedby={describedBy('faq-wording', { hint: true, error: failure?.fields.wording })} onInput={(event) => setWording(event.currentTarget.value)} />
            </Field>
            <button type="button" class="button secondary block" disabled={busy} onClick={() => addVariant(picked)}>เพิ่มเป็นคำถามของ «{picked.question}»</button>
          </div>
        </>
      )}
      <div class="actions compact">
        {picked && <button type="button" class="button secondary" onClick={() => pick(null)}>เลือกคำถามอื่น</button>}
        <button type="button" class="button secondary" onClick={props.onClose}>ปิด</button>
      </div>
    </section>
  );
}
