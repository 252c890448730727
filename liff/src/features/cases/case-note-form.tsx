import { useState } from 'preact/hooks';
import { caseNoteSchema } from '../../../../domain/forms/case-forms.ts';
import { Field, describedBy } from '../../components/field.tsx';
import { useForm } from '../../lib/use-form.ts';
import { PhotoPicker } from './photo-picker.tsx';
import { addCaseNote } from './case-api.ts';
import type { CaseDetail } from './case-types.ts';

/** A note (and photos) added to an open case: more detail from the reporter, news from the office. */
export function CaseNoteForm({ ticket, onDone }: { ticket: string; onDone: (updated: CaseDetail) => void }) {
  const [note, setNote] = useState('');
  const [photoIds, setPhotoIds] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  const [round, setRound] = useState(0);
  const { fields, failure, busy, submit } = useForm(caseNoteSchema);

  const send = (event: Event) => {
    event.preventDefault();
    void submit({ note, photoIds }, async (checked) => {
      onDone((await addCaseNote(ticket, checked)).case);
      setNote('');
      setRound((value) => value + 1);
    });
  };

  return (
    <form class="card" onSubmit={send} noValidate aria-labelledby="note-heading">
      <h3 id="note-heading">เพิ่มข้อมูลหรือรูป</h3>
      <Field id="case-note" label="ข้อความ" error={fields.note}>
        <textarea id="case-note" rows={3} value={note} aria-invalid={fields.note ? 'true' : undefined} aria-describedby={describedBy('case-note', { error: fields.note })} onInput={(event) => setNote(event.currentTarget.value)} />
      </Field>
      <PhotoPicker key={round} id="case-note-photos" label="รูปเพิ่มเติม" error={fields.photoIds} onChange={(ids, busy) => { setPhotoIds(ids); setUploading(busy); }} />
      {failure && <p class="notice notice-error" role="alert">{failure}</p>}
      <button type="submit" class="button block" disabled={uploading || busy}>ส่งข้อมูลเพิ่มเติม</button>
    </form>
  );
}
