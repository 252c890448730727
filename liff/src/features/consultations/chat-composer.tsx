import { useState } from 'preact/hooks';
import { MAX_CASE_PHOTOS } from '../../../../domain/forms/case-forms.ts';
import { MAX_LINE_LENGTH } from '../../../../domain/forms/consultation-forms.ts';
import { Field, describedBy } from '../../components/field.tsx';
import { newIdempotencyKey, type ApiError } from '../../lib/api-client.ts';
import { PhotoPicker } from '../cases/photo-picker.tsx';
import { consultationApi } from './consultation-api.ts';
import { useAction } from '../../lib/use-action.ts';

/**
 * The reply box. A message keeps its Idempotency-Key until it is sent, so a double tap or a
 * retry after a lost answer sends it once; changing the words or photos makes it a new message.
 */
export function ChatComposer(props: { consultationId: string; onSent: () => void; onRefused: (error: ApiError) => void }) {
  const [text, setText] = useState('');
  const [photoIds, setPhotoIds] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  const [round, setRound] = useState(0);
  const [key, setKey] = useState(newIdempotencyKey);
  const { busy: sending, failure, run } = useAction(props.onRefused);
  const empty = !text.trim() && photoIds.length === 0;

  const send = (event: Event) => {
    event.preventDefault();
    if (empty || sending || uploading) return;
    void run(async () => {
      await consultationApi.sendLine(props.consultationId, { text: text.trim(), photoIds }, key);
      setText('');
      setPhotoIds([]);
      setRound((value) => value + 1);
      setKey(newIdempotencyKey());
      props.onSent();
    });
  };
  const edited = (change: () => void) => {
    change();
    setKey(newIdempotencyKey());
  };
  const fieldError = failure?.fields.text;

  return (
    <form class="card chat-composer" onSubmit={send} noValidate>
      <Field id="reply-text" label="ตอบผู้ขอคำปรึกษา" error={fieldError}>
        <textarea
          id="reply-text"
          rows={3}
          maxLength={MAX_LINE_LENGTH}
          value={text}
          placeholder="พิมพ์ข้อความ…"
          aria-invalid={fieldError ? 'true' : undefined}
          aria-describedby={describedBy('reply-text', { error: fieldError })}
          onInput={(event) => edited(() => setText(event.currentTarget.value))}
        />
      </Field>
      <PhotoPicker key={round} id="reply-photos" label="แนบรูป" max={MAX_CASE_PHOTOS} error={failure?.fields.photoIds} onChange={(ids, busy) => { if (ids.join() !== photoIds.join()) edited(() => setPhotoIds(ids)); setUploading(busy); }} />
      {failure && !fieldError && <p class="notice notice-error" role="alert">{failure.message}</p>}
      <button type="submit" class="button block" disabled={empty || sending || uploading}>
        {uploading ? 'รอส่งรูปให้เสร็จก่อน…' : sending ? 'กำลังส่ง…' : 'ส่งข้อความ'}
      </button>
      <p class="small muted">ข้อความส่งถึงแชต LINE ของผู้ขอคำปรึกษาในนามเจ้าหน้าที่ และบันทึกไว้ในเรื่อง</p>
    </form>
  );
}
