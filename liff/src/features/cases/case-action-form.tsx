import { useState } from 'preact/hooks';
import { caseActionSchema, type CaseActionForm } from '../../../../domain/forms/case-forms.ts';
import { Field, describedBy } from '../../components/field.tsx';
import { useForm } from '../../lib/use-form.ts';
import { useApi } from '../../lib/use-api.ts';
import { PhotoPicker } from './photo-picker.tsx';
import { actOnCase } from './case-api.ts';
import { historyLabel as actionLabel } from '../../../../domain/cases/history-labels.ts';
import type { CaseDetail, Office } from './case-types.ts';

type Inputs = { note: string; reason: string; toOfficeCode: string; rating: number; comment: string; photoIds: string[] };

/** The body each action sends; the shared schema decides what is missing. */
function commandFor(action: string, inputs: Inputs): unknown {
  switch (action) {
    case 'start':
      return { action, ...(inputs.note.trim() ? { note: inputs.note } : {}) };
    case 'resolve':
      return { action, note: inputs.note, photoIds: inputs.photoIds };
    case 'forward':
      return { action, toOfficeCode: inputs.toOfficeCode, reason: inputs.reason };
    case 'reject':
      return { action, reason: inputs.reason };
    case 'cancel':
      return { action, ...(inputs.reason.trim() ? { reason: inputs.reason } : {}) };
    case 'reopen':
      return { action, note: inputs.note };
    case 'rate':
      return { action, rating: inputs.rating, ...(inputs.comment.trim() ? { comment: inputs.comment } : {}) };
    default:
      return { action };
  }
}

/** One action's inputs and its confirm button; `onDone` gets the case as it is afterwards. */
export function CaseActionForm(props: { ticket: string; action: string; needsResultPhoto: boolean; onDone: (updated: CaseDetail) => void; onCancel: () => void }) {
  const { action } = props;
  const [inputs, setInputs] = useState<Inputs>({ note: '', reason: '', toOfficeCode: '', rating: 0, comment: '', photoIds: [] });
  const { fields, failure, busy, submit } = useForm(caseActionSchema);
  const [uploading, setUploading] = useState(false);
  const offices = useApi<{ offices: Office[] }>(action === 'forward' ? '/offices' : null);
  const set = (patch: Partial<Inputs>) => setInputs((previous) => ({ ...previous, ...patch }));

  const needsPhoto = () => (action === 'resolve' && props.needsResultPhoto && inputs.photoIds.length === 0 ? { photoIds: 'เรื่องประเภทนี้ต้องแนบรูปผลการแก้ไขอย่างน้อย 1 รูปค่ะ' } : null);
  const send = (event: Event) => {
    event.preventDefault();
    void submit(commandFor(action, inputs), async (checked: CaseActionForm) => props.onDone((await actOnCase(props.ticket, checked)).case), needsPhoto);
  };

  const id = (name: string) => `action-${action}-${name}`;
  const textArea = (name: 'note' | 'reason' | 'comment', label: string, optional: boolean) => (
    <Field id={id(name)} label={label} error={fields[name]} optional={optional}>
      <textarea id={id(name)} rows={3} value={inputs[name]} aria-invalid={fields[name] ? 'true' : undefined} aria-describedby={describedBy(id(name), { error: fields[name] })} onInput={(event) => set({ [name]: event.currentTarget.value })} />
    </Field>
  );

  return (
    <form class="card action-form" onSubmit={send} noValidate aria-label={actionLabel(action)}>
      <h3>{actionLabel(action)}</h3>
      {action === 'start' && textArea('note', 'บันทึกถึงผู้แจ้ง', true)}
      {action === 'resolve' && textArea('note', 'สรุปผลการแก้ไข', false)}
      {action === 'resolve' && <PhotoPicker id={id('photos')} label="รูปผลการแก้ไข" error={fields.photoIds} onChange={(photoIds, busyNow) => { set({ photoIds }); setUploading(busyNow); }} />}
      {action === 'forward' && (
        <Field id={id('office')} label="ส่งต่อถึงหน่วยงาน" error={fields.toOfficeCode}>
          <select id={id('office')} value={inputs.toOfficeCode} aria-invalid={fields.toOfficeCode ? 'true' : undefined} onChange={(event) => set({ toOfficeCode: event.currentTarget.value })}>
            <option value="">{offices.data ? '— เลือกหน่วยงาน —' : 'กำลังโหลดรายชื่อหน่วยงาน…'}</option>
            {offices.data?.offices.map((office) => (
              <option key={office.code} value={office.code}>{office.name}</option>
            ))}
          </select>
        </Field>
      )}
      {(action === 'forward' || action === 'reject') && textArea('reason', action === 'forward' ? 'เหตุผลที่ส่งต่อ' : 'เหตุผลที่ไม่รับเรื่อง', false)}
      {action === 'cancel' && textArea('reason', 'เหตุผลที่ยกเลิก', true)}
      {action === 'reopen' && textArea('note', 'ยังไม่เรียบร้อยตรงไหน', false)}
      {action === 'rate' && (
        <>
          <fieldset class={fields.rating ? 'field-invalid' : undefined}>
            <legend>พอใจผลการแก้ไขแค่ไหน</legend>
            <div class="stars">
              {[1, 2, 3, 4, 5].map((score) => (
                <label key={score} class="choice star">
                  <input type="radio" name={id('rating')} value={score} checked={inputs.rating === score} onChange={() => set({ rating: score })} />
                  <span aria-hidden="true">{'★'.repeat(score)}</span>
                  <span class="visually-hidden">{score} ดาว</span>
                </label>
              ))}
            </div>
            {fields.rating && <p class="field-error">{fields.rating}</p>}
          </fieldset>
          {textArea('comment', 'ความคิดเห็น', true)}
        </>
      )}
      {failure && <p class="notice notice-error" role="alert">{failure}</p>}
      <div class="actions compact">
        <button type="submit" class="button" disabled={busy || uploading}>{busy ? 'กำลังบันทึก…' : `ยืนยัน${actionLabel(action)}`}</button>
        <button type="button" class="button secondary" onClick={props.onCancel}>ยกเลิก</button>
      </div>
    </form>
  );
}
