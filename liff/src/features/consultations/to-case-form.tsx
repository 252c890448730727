import { useState } from 'preact/hooks';
import { consultationToCaseSchema } from '../../../../domain/forms/consultation-forms.ts';
import { Field, describedBy } from '../../components/field.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useApi } from '../../lib/use-api.ts';
import { useForm } from '../../lib/use-form.ts';
import type { Office } from '../cases/case-types.ts';
import { consultationApi } from './consultation-api.ts';

/** «ส่งเป็นเรื่องให้หน่วยงาน»: the consultation's case goes to an office with a reason, and the chat ends. */
export function ToCaseForm(props: { consultationId: string; onDone: (note: string) => void; onRefused: (error: ApiError) => void; onClose: () => void }) {
  const offices = useApi<{ offices: Office[] }>('/offices');
  const [officeCode, setOfficeCode] = useState('');
  const [reason, setReason] = useState('');
  const { fields, failure, busy, submit } = useForm(consultationToCaseSchema);

  const send = (event: Event) => {
    event.preventDefault();
    void submit({ officeCode, reason }, async (checked) => {
      try {
        const { ticket } = await consultationApi.toCase(props.consultationId, checked.officeCode, checked.reason);
        const office = offices.data?.offices.find((candidate) => candidate.code === checked.officeCode);
        props.onDone(`ส่งเรื่อง ${ticket} ให้${office?.name ?? 'หน่วยงาน'}แล้ว และจบการสนทนาแล้วค่ะ`);
      } catch (error) {
        // Someone else has it, or it ended: the page says so and shows it as it is now.
        if (error instanceof ApiError && error.status === 409 && error.code !== 'illegal_transition') return props.onRefused(error);
        throw error;
      }
    });
  };

  return (
    <form class="card tool-panel" onSubmit={send} noValidate aria-labelledby="to-case-title">
      <h2 id="to-case-title">ส่งเป็นเรื่องให้หน่วยงาน</h2>
      <p class="small muted">เรื่องจะไปอยู่ในคิวงานของหน่วยงาน ผู้ขอคำปรึกษาติดตามได้ด้วยเลขเรื่องเดิม และการสนทนาจะจบลง</p>
      <Field id="to-case-office" label="หน่วยงาน" error={fields.officeCode}>
        <select id="to-case-office" value={officeCode} aria-invalid={fields.officeCode ? 'true' : undefined} aria-describedby={describedBy('to-case-office', { error: fields.officeCode })} onChange={(event) => setOfficeCode(event.currentTarget.value)}>
          <option value="">{offices.data ? '— เลือกหน่วยงาน —' : offices.error ? 'โหลดรายชื่อหน่วยงานไม่ได้' : 'กำลังโหลดรายชื่อหน่วยงาน…'}</option>
          {offices.data?.offices.map((office) => (
            <option key={office.code} value={office.code}>{office.name}</option>
          ))}
        </select>
      </Field>
      <Field id="to-case-reason" label="เหตุผลที่ส่งต่อ" error={fields.reason}>
        <textarea id="to-case-reason" rows={3} value={reason} aria-invalid={fields.reason ? 'true' : undefined} aria-describedby={describedBy('to-case-reason', { error: fields.reason })} onInput={(event) => setReason(event.currentTarget.value)} />
      </Field>
      {failure && <p class="notice notice-error" role="alert">{failure}</p>}
      <div class="actions compact">
        <button type="submit" class="button" disabled={busy}>{busy ? 'กำลังส่ง…' : 'ยืนยันส่งเป็นเรื่อง'}</button>
        <button type="button" class="button secondary" onClick={props.onClose}>ยกเลิก</button>
      </div>
    </form>
  );
}
