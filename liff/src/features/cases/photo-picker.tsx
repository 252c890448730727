import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_CASE_PHOTOS, MAX_PHOTO_BYTES } from '../../../../domain/forms/case-forms.ts';
import { ApiError } from '../../lib/api-client.ts';
import { resizePhoto } from './resize-photo.ts';
import { uploadPhoto } from './case-api.ts';

type Slot = { key: number; preview: string; photoId: string | null; failed: string | null };

let nextKey = 1;

/**
 * Up to five photos: each is resized here, uploaded at once, and shown in a fixed square slot so
 * nothing on the page moves while it uploads. The form gets only the uploaded photos' ids.
 */
export function PhotoPicker(props: { id: string; label: string; hint?: string; error?: string | undefined; max?: number; onChange: (photoIds: string[], busy: boolean) => void }) {
  const max = props.max ?? MAX_CASE_PHOTOS;
  const [slots, setSlots] = useState<Slot[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const busy = slots.some((slot) => slot.photoId === null && slot.failed === null);

  useEffect(() => {
    props.onChange(slots.flatMap((slot) => (slot.photoId ? [slot.photoId] : [])), busy);
  }, [slots]);
  useEffect(() => () => slots.forEach((slot) => URL.revokeObjectURL(slot.preview)), []);

  const update = (key: number, patch: Partial<Slot>) => setSlots((previous) => previous.map((slot) => (slot.key === key ? { ...slot, ...patch } : slot)));

  const add = (files: FileList | null) => {
    const room = max - slots.length;
    for (const file of [...(files ?? [])].slice(0, room)) {
      const slot: Slot = { key: nextKey++, preview: URL.createObjectURL(file), photoId: null, failed: null };
      setSlots((previous) => [...previous, slot]);
      void send(slot.key, file);
    }
    if (input.current) input.current.value = '';
  };

  const send = async (key: number, file: File) => {
    try {
      if (!file.type.startsWith('image/')) throw new ApiError(400, 'not_image', 'ไฟล์นี้ไม่ใช่รูปภาพค่ะ');
      const resized = await resizePhoto(file).catch(() => {
        throw new ApiError(400, 'not_image', 'เปิดรูปนี้ไม่ได้ กรุณาเลือกรูปอื่นค่ะ');
      });
      if (resized.size > MAX_PHOTO_BYTES) throw new ApiError(413, 'too_big', 'รูปใหญ่เกิน 10 MB ค่ะ');
      const { photoId } = await uploadPhoto(resized);
      update(key, { photoId });
    } catch (error) {
      update(key, { failed: error instanceof ApiError ? error.message : 'ส่งรูปไม่สำเร็จ กรุณาลองใหม่ค่ะ' });
    }
  };

  const remove = (slot: Slot) => {
    URL.revokeObjectURL(slot.preview);
    setSlots((previous) => previous.filter((other) => other.key !== slot.key));
  };

  return (
    <fieldset class={props.error ? 'field-invalid' : undefined} aria-describedby={props.error ? `${props.id}-error` : undefined}>
      <legend>{props.label} <span class="optional">(ไม่บังคับ ไม่เกิน {max} รูป)</span></legend>
      {props.hint && <p class="hint">{props.hint}</p>}
      <ul class="photo-grid" aria-label="รูปที่แนบ">
        {slots.map((slot, index) => (
          <li key={slot.key} class="photo-slot">
            <img src={slot.preview} alt={`รูปที่ ${index + 1}`} />
            {slot.photoId === null && slot.failed === null && (
              <span class="photo-state" role="status">
                <span class="spinner" aria-hidden="true" /> กำลังส่ง…
              </span>
            )}
            {slot.failed && <span class="photo-state photo-failed" role="alert">{slot.failed}</span>}
            <button type="button" class="photo-remove" onClick={() => remove(slot)} aria-label={`ลบรูปที่ ${index + 1}`}>×</button>
          </li>
        ))}
        {slots.length < max && (
          <li class="photo-slot photo-add">
            <label for={props.id}>
              <span aria-hidden="true" class="photo-plus">+</span>
              เพิ่มรูป
            </label>
            <input ref={input} id={props.id} class="visually-hidden" type="file" accept="image/*" multiple onChange={(event) => add(event.currentTarget.files)} />
          </li>
        )}
      </ul>
      {props.error && <p class="field-error" id={`${props.id}-error`}>{props.error}</p>}
    </fieldset>
  );
}
