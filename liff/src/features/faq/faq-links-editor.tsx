import type { FaqLink } from '../../../../domain/faq/types.ts';
import type { FieldErrors } from '../../lib/api-client.ts';

/** The entry's link buttons: a label and an http(s) address each; LINE shows up to four. */
export function FaqLinksEditor({ links, fields, onChange }: { links: FaqLink[]; fields: FieldErrors; onChange: (links: FaqLink[]) => void }) {
  const update = (index: number, patch: Partial<FaqLink>) => onChange(links.map((link, at) => (at === index ? { ...link, ...patch } : link)));
  return (
    <fieldset>
      <legend>ลิงก์ที่เกี่ยวข้อง <span class="optional">(ไม่บังคับ)</span></legend>
      {links.map((link, index) => {
        const labelError = fields[`links.${index}.label`];
        const urlError = fields[`links.${index}.url`];
        return (
          <div class="link-row" key={index}>
            <div class="field">
              <label for={`link-label-${index}`}>ชื่อลิงก์ {index + 1}</label>
              <input id={`link-label-${index}`} value={link.label} aria-invalid={labelError ? 'true' : undefined} onInput={(event) => update(index, { label: event.currentTarget.value })} />
              {labelError && <p class="field-error">{labelError}</p>}
            </div>
            <div class="field">
              <label for={`link-url-${index}`}>ที่อยู่ลิงก์ {index + 1}</label>
              <input id={`link-url-${index}`} type="url" inputMode="url" value={link.url} aria-invalid={urlError ? 'true' : undefined} onInput={(event) => update(index, { url: event.currentTarget.value })} />
              {urlError && <p class="field-error">{urlError}</p>}
            </div>
            <button type="button" class="button secondary" onClick={() => onChange(links.filter((_, at) => at !== index))}>ลบลิงก์ {index + 1}</button>
          </div>
        );
      })}
      <button type="button" class="button secondary" onClick={() => onChange([...links, { label: '', url: 'https://' }])}>+ เพิ่มลิงก์</button>
    </fieldset>
  );
}
