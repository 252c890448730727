import { useState } from 'preact/hooks';
import { faqEntrySchema } from '../../../../domain/faq/faq-entry-schema.ts';
import type { FaqEntry, FaqLink } from '../../../../domain/faq/types.ts';
import { Field, describedBy } from '../../components/field.tsx';
import { ApiError, type FieldErrors } from '../../lib/api-client.ts';
import { errorUnder, issuesToFields } from '../../lib/form-errors.ts';
import { BotAnswerPreview } from './bot-preview.tsx';
import { FaqLinksEditor } from './faq-links-editor.tsx';

type Draft = { id: string; category: string; question: string; variants: string; keywords: string; answer: string; links: FaqLink[]; enabled: boolean };

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

function toDraft(entry: FaqEntry): Draft {
  return { ...entry, variants: entry.variants.join('\n'), keywords: entry.keywords.join('\n') };
}

function toEntry(draft: Draft): FaqEntry {
  return { ...draft, variants: lines(draft.variants), keywords: lines(draft.keywords).flatMap((line) => line.split(',').map((word) => word.trim()).filter(Boolean)) };
}

/**
 * One FAQ entry: checked with the same schema the API uses (Thai message per field), with the
 * answer previewed as the bot will send it.
 */
export function FaqForm(props: { initial: FaqEntry; isNew: boolean; categories: string[]; submitLabel: string; onSubmit: (entry: FaqEntry) => Promise<void> }) {
  const [draft, setDraft] = useState(() => toDraft(props.initial));
  const [fields, setFields] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));

  const submit = async (event: Event) => {
    event.preventDefault();
    setFailure(null);
    const parsed = faqEntrySchema.safeParse(toEntry(draft));
    if (!parsed.success) {
      setFields(issuesToFields(parsed.error.issues));
      setFailure('กรุณาแก้ช่องที่มีข้อความสีแดงก่อนบันทึกค่ะ');
      return;
    }
    setFields({});
    setSaving(true);
    try {
      await props.onSubmit(parsed.data);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFields(error.fields);
      setFailure(error.message);
    } finally {
      setSaving(false);
    }
  };

  const text = (key: 'id' | 'category' | 'question', label: string, extra: { hint?: string; list?: string } = {}) => (
    <Field id={`faq-${key}`} label={label} hint={extra.hint} error={fields[key]}>
      <input
        id={`faq-${key}`}
        value={draft[key]}
        list={extra.list}
        aria-invalid={fields[key] ? 'true' : undefined}
        aria-describedby={describedBy(`faq-${key}`, { hint: Boolean(extra.hint), error: fields[key] })}
        onInput={(event) => set(key, event.currentTarget.value)}
      />
    </Field>
  );
  const area = (key: 'variants' | 'keywords' | 'answer', label: string, hint: string, rows: number) => {
    const error = errorUnder(fields, key);
    return (
      <Field id={`faq-${key}`} label={label} hint={hint} error={error} optional={key !== 'answer'}>
        <textarea id={`faq-${key}`} rows={rows} value={draft[key]} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(`faq-${key}`, { hint: true, error })} onInput={(event) => set(key, event.currentTarget.value)} />
      </Field>
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      {props.isNew && text('id', 'รหัส', { hint: 'ภาษาอังกฤษตัวเล็ก ตัวเลข และขีด เช่น elderly-allowance-rates' })}
      {text('category', 'หมวดหมู่', { list: 'faq-categories' })}
      <datalist id="faq-categories">
        {props.categories.map((category) => (
          <option key={category} value={category} />
        ))}
      </datalist>
      {text('question', 'คำถามหลัก')}
      {area('variants', 'คำถามแบบอื่น', 'บรรทัดละหนึ่งแบบ ตามที่ชาวบ้านพิมพ์จริง', 4)}
      {area('keywords', 'คำสำคัญ', 'บรรทัดละคำ หรือคั่นด้วยจุลภาค', 2)}
      {area('answer', 'คำตอบ', 'ขึ้นต้นด้วยข้อเท็จจริงที่ถามถึง สั้นและสุภาพ', 6)}
      <FaqLinksEditor links={draft.links} fields={fields} onChange={(links) => set('links', links)} />
      <label class="check">
        <input type="checkbox" checked={draft.enabled} onChange={(event) => set('enabled', event.currentTarget.checked)} />
        เปิดใช้ (บอทใช้ตอบคำถามนี้)
      </label>
      <h2>ตัวอย่างที่บอทตอบ</h2>
      <BotAnswerPreview entry={toEntry({ ...draft, answer: draft.answer.trim() || '…' })} />
      {failure && <p class="notice notice-error" role="alert">{failure}</p>}
      <div class="actions">
        <button type="submit" class="button block" disabled={saving}>{saving ? 'กำลังบันทึก…' : props.submitLabel}</button>
      </div>
    </form>
  );
}
