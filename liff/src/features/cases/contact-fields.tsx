import { Field, describedBy } from '../../components/field.tsx';
import type { FieldErrors } from '../../lib/api-client.ts';

export type ContactDraft = { wanted: boolean; name: string; phone: string; consent: boolean };

/**
 * Name and phone are optional and asked for only with consent (PDPA): the text says what is kept,
 * who sees it, for what, and how to have it removed.
 */
export function ContactFields({ value, fields, onChange }: { value: ContactDraft; fields: FieldErrors; onChange: (value: ContactDraft) => void }) {
  const set = (patch: Partial<ContactDraft>) => onChange({ ...value, ...patch });
  return (
    <fieldset>
      <legend>ช่องทางติดต่อกลับ <span class="optional">(ไม่บังคับ)</span></legend>
      <label class="check">
        <input type="checkbox" checked={value.wanted} onChange={(event) => set({ wanted: event.currentTarget.checked })} />
        ต้องการให้เจ้าหน้าที่โทรติดต่อกลับ
      </label>
      {value.wanted && (
        <>
          <Field id="contact-name" label="ชื่อ" error={fields['contact.name']}>
            <input id="contact-name" autoComplete="name" value={value.name} aria-invalid={fields['contact.name'] ? 'true' : undefined} aria-describedby={describedBy('contact-name', { error: fields['contact.name'] })} onInput={(event) => set({ name: event.currentTarget.value })} />
          </Field>
          <Field id="contact-phone" label="เบอร์โทร" hint="เช่น 0812345678" error={fields['contact.phone']}>
            <input id="contact-phone" type="tel" inputMode="tel" autoComplete="tel" value={value.phone} aria-invalid={fields['contact.phone'] ? 'true' : undefined} aria-describedby={describedBy('contact-phone', { hint: true, error: fields['contact.phone'] })} onInput={(event) => set({ phone: event.currentTarget.value })} />
          </Field>
          <div class={fields['contact.consent'] ? 'consent field-invalid' : 'consent'}>
            <p id="consent-text" class="small">
              ศูนย์ Clinic Center จะเก็บชื่อและเบอร์โทรนี้ไว้กับเรื่องที่แจ้ง ให้เฉพาะเจ้าหน้าที่หน่วยงานที่รับเรื่องและเจ้าหน้าที่ศูนย์ฯ ใช้ติดต่อกลับเรื่องนี้เท่านั้น
              ไม่เปิดเผยต่อผู้อื่น และลบออกเมื่อเรื่องปิดแล้ว หรือเมื่อท่านขอให้ลบผ่านแชต LINE ของศูนย์ฯ (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)
            </p>
            <label class="check">
              <input type="checkbox" id="contact-consent" checked={value.consent} aria-describedby={describedBy('contact-consent', { error: fields['contact.consent'] }) ?? 'consent-text'} aria-invalid={fields['contact.consent'] ? 'true' : undefined} onChange={(event) => set({ consent: event.currentTarget.checked })} />
              ยินยอมให้ใช้ชื่อและเบอร์โทรเพื่อติดต่อกลับเรื่องนี้
            </label>
            {fields['contact.consent'] && <p class="field-error" id="contact-consent-error">{fields['contact.consent']}</p>}
          </div>
        </>
      )}
    </fieldset>
  );
}
