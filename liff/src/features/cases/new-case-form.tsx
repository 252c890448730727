import { Field, describedBy } from '../../components/field.tsx';
import type { FieldErrors } from '../../lib/api-client.ts';
import { MAX_DESCRIPTION_LENGTH } from '../../../../domain/forms/case-forms.ts';
import { AreaPicker } from './area-picker.tsx';
import { ContactFields } from './contact-fields.tsx';
import { LocationPicker } from './location-picker.tsx';
import { PhotoPicker } from './photo-picker.tsx';
import type { Areas, CaseCategory, CaseKind } from './case-types.ts';
import type { CaseDraft } from './new-case-draft.ts';
import { useState } from 'preact/hooks';

const KINDS: { value: CaseKind; label: string; hint: string }[] = [
  { value: 'problem', label: 'แจ้งปัญหา', hint: 'เช่น ถนนชำรุด ไฟดับ ขยะ น้ำท่วม' },
  { value: 'consultation', label: 'ขอคำปรึกษา', hint: 'เช่น กฎหมาย การศึกษา สุขภาพ' },
];

/** The new-case form; every field's Thai error comes from the shared schema (or the API's 400). */
export function NewCaseFormView(props: { draft: CaseDraft; fields: FieldErrors; categories: CaseCategory[]; areas: Areas; onChange: (update: (draft: CaseDraft) => CaseDraft) => void; onReview: () => void }) {
  const { draft, fields } = props;
  const [uploading, setUploading] = useState(false);
  // Applied to the draft as it is when the change lands: a photo upload that finishes after the phone
  // was typed must not put back the draft it started from.
  const set = (patch: Partial<CaseDraft>) => props.onChange((current) => ({ ...current, ...patch }));
  const categories = props.categories.filter((category) => category.kind === draft.kind);

  return (
    <form noValidate onSubmit={(event) => { event.preventDefault(); props.onReview(); }}>
      <fieldset class={fields.kind ? 'field-invalid' : undefined}>
        <legend>ต้องการแจ้งเรื่องแบบไหน</legend>
        <div class="choice-group">
          {KINDS.map((kind) => (
            <label class="choice" key={kind.value}>
              <input type="radio" name="kind" value={kind.value} checked={draft.kind === kind.value} aria-invalid={fields.kind ? 'true' : undefined} onChange={() => set({ kind: kind.value, category: '' })} />
              <span>
                {kind.label}
                <span class="choice-hint">{kind.hint}</span>
              </span>
            </label>
          ))}
        </div>
        {fields.kind && <p class="field-error">{fields.kind}</p>}
      </fieldset>

      <Field id="case-category" label="ประเภทเรื่อง" error={fields.category}>
        <select id="case-category" value={draft.category} disabled={!draft.kind} aria-invalid={fields.category ? 'true' : undefined} aria-describedby={describedBy('case-category', { error: fields.category })} onChange={(event) => set({ category: event.currentTarget.value })}>
          <option value="">{draft.kind ? '— เลือกประเภท —' : 'เลือกด้านบนก่อนว่าแจ้งปัญหาหรือขอคำปรึกษา'}</option>
          {categories.map((category) => (
            <option key={category.code} value={category.code}>{category.name}</option>
          ))}
        </select>
      </Field>

      <Field id="case-description" label="รายละเอียด" hint="เกิดอะไรขึ้น ที่ไหน ตั้งแต่เมื่อไร" error={fields.description}>
        <textarea id="case-description" rows={5} maxLength={MAX_DESCRIPTION_LENGTH} value={draft.description} aria-invalid={fields.description ? 'true' : undefined} aria-describedby={describedBy('case-description', { hint: true, error: fields.description })} onInput={(event) => set({ description: event.currentTarget.value })} />
      </Field>

      <PhotoPicker id="case-photos" label="รูปถ่าย" hint="ระบบย่อรูปให้เล็กลงก่อนส่ง และไม่ส่งพิกัดในรูป" error={fields.photoIds} onChange={(photoIds, busy) => { set({ photoIds }); setUploading(busy); }} />

      <LocationPicker value={draft.location} fields={fields} onChange={(location) => set({ location })} />

      <fieldset class={fields.area ? 'field-invalid' : undefined}>
        <legend>อำเภอและตำบล</legend>
        <AreaPicker areas={props.areas} value={draft.area} fields={fields} onChange={(area) => set({ area })} />
      </fieldset>

      <ContactFields value={draft.contact} fields={fields} onChange={(contact) => set({ contact })} />

      {Object.keys(fields).length > 0 && <p class="notice notice-error" role="alert">ยังส่งไม่ได้ กรุณาแก้ช่องที่มีข้อความสีแดงค่ะ</p>}
      <button type="submit" class="button block" disabled={uploading}>{uploading ? 'รอส่งรูปให้เสร็จก่อน…' : 'ตรวจสอบก่อนส่ง'}</button>
    </form>
  );
}
