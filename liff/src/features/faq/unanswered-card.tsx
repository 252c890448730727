import { useState } from 'preact/hooks';
import type { FaqEntry } from '../../../../domain/faq/types.ts';
import { Field, describedBy } from '../../components/field.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { thaiDateTime } from '../../lib/thai-date.ts';
import { FaqForm } from './faq-form.tsx';
import { resolveGroup, suggestFaqId, type UnansweredGroup } from './unanswered-api.ts';
import type { FaqSummary } from './faq-api.ts';

type Mode = 'idle' | 'variant' | 'new';

/**
 * One group of similar questions. Two taps turn it into knowledge: «เพิ่มเป็นคำถามแบบอื่น» then
 * «ยืนยัน» (wording and entry preselected), or «สร้างคำถามใหม่» then «บันทึก» after writing the answer.
 */
export function UnansweredCard(props: { group: UnansweredGroup; faqs: FaqSummary[]; categories: string[]; onResolved: (groupId: string, note: string) => void }) {
  const { group } = props;
  const [mode, setMode] = useState<Mode>('idle');
  const [wording, setWording] = useState(group.title);
  const [faqId, setFaqId] = useState(group.bestGuess?.faqId ?? '');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const idBase = `group-${group.groupId}`;

  const run = async (work: () => Promise<unknown>, note: string) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
      props.onResolved(group.groupId, note);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const addVariant = (event: Event) => {
    event.preventDefault();
    const target = props.faqs.find((faq) => faq.id === faqId);
    void run(() => resolveGroup({ action: 'add-variant', groupId: group.groupId, faqId, wording }), `เพิ่ม «${wording}» ในคำถาม «${target?.question ?? faqId}» แล้ว`);
  };
  // FaqForm shows a refusal beside its fields, so errors go back to it.
  const createFaq = async (entry: FaqEntry) => {
    await resolveGroup({ action: 'create-faq', groupId: group.groupId, entry });
    props.onResolved(group.groupId, `สร้างคำถาม «${entry.question}» แล้ว`);
  };

  return (
    <li class="card" aria-labelledby={`${idBase}-title`}>
      <h2 class="card-title" id={`${idBase}-title`}>{group.title}</h2>
      <p class="small muted">ถูกถาม {group.count} ครั้ง · ล่าสุด {thaiDateTime(group.lastAskedAt)}</p>
      {group.examples.length > 1 && (
        <ul class="examples" aria-label="ตัวอย่างคำถามในกลุ่มนี้">
          {group.examples.slice(0, 4).map((example) => (
            <li key={example}>{example}</li>
          ))}
        </ul>
      )}
      {group.bestGuess && mode === 'idle' && <p class="small">ใกล้เคียงกับ: «{group.bestGuess.question}»</p>}
      {failure && <p class="notice notice-error" role="alert">{failure.message}</p>}
      {mode === 'idle' && (
        <div class="actions compact">
          <button type="button" class="button" onClick={() => setMode('variant')}>เพิ่มเป็นคำถามแบบอื่น</button>
          <button type="button" class="button secondary" onClick={() => setMode('new')}>สร้างคำถามใหม่</button>
          <button type="button" class="button secondary" disabled={busy} onClick={() => run(() => resolveGroup({ action: 'dismiss', groupId: group.groupId }), `ซ่อน «${group.title}» แล้ว`)}>
            ไม่เกี่ยวข้อง
          </button>
        </div>
      )}
      {mode === 'variant' && (
        <form onSubmit={addVariant} class="inline-form">
          <Field id={`${idBase}-faq`} label="เพิ่มเข้าไปในคำถาม">
            <select id={`${idBase}-faq`} value={faqId} onChange={(event) => setFaqId(event.currentTarget.value)}>
              {!faqId && <option value="">— เลือกคำถาม —</option>}
              {props.faqs.map((faq) => (
                <option key={faq.id} value={faq.id}>{faq.question}</option>
              ))}
            </select>
          </Field>
          <Field id={`${idBase}-wording`} label="ข้อความคำถามที่จะเพิ่ม" hint="แก้ให้เป็นคำถามที่ชาวบ้านมักพิมพ์ได้">
            <input id={`${idBase}-wording`} value={wording} aria-describedby={describedBy(`${idBase}-wording`, { hint: true })} onInput={(event) => setWording(event.currentTarget.value)} />
          </Field>
          <div class="actions compact">
            <button type="submit" class="button" disabled={busy || !faqId || !wording.trim()}>ยืนยัน เพิ่มคำถามนี้</button>
            <button type="button" class="button secondary" onClick={() => setMode('idle')}>ยกเลิก</button>
          </div>
        </form>
      )}
      {mode === 'new' && (
        <div class="inline-form">
          <FaqForm
            initial={{ id: suggestFaqId(), category: group.bestGuess ? (props.faqs.find((faq) => faq.id === group.bestGuess?.faqId)?.category ?? '') : '', question: group.title, variants: group.examples.filter((example) => example !== group.title).slice(0, 3), keywords: [], answer: '', links: [], enabled: true }}
            isNew
            categories={props.categories}
            submitLabel="บันทึกคำถามใหม่"
            onSubmit={createFaq}
          />
          <button type="button" class="button secondary block" onClick={() => setMode('idle')}>ยกเลิก</button>
        </div>
      )}
    </li>
  );
}
