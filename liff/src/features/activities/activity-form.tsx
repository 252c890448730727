import { Field, describedBy } from '../../components/field.tsx';
import type { FieldErrors } from '../../lib/api-client.ts';
import { thaiDateTime } from '../../lib/thai-date.ts';
import type { Areas, Office } from '../cases/case-types.ts';
import type { ActivityDraft } from './activity-draft.ts';
import type { ActivityReference, Named } from './activity-types.ts';

type Props = { draft: ActivityDraft; fields: FieldErrors; reference: ActivityReference; areas: Areas; offices: Office[]; timesLocked: boolean; onChange: (draft: ActivityDraft) => void };

const SCOPES: Named[] = [
  { code: 'province', name: 'ทั้งจังหวัด' },
  { code: 'district', name: 'เฉพาะอำเภอ' },
  { code: 'subdistrict', name: 'เฉพาะตำบล' },
  { code: 'office', name: 'เฉพาะหน่วยงาน' },
];

/** A datetime-local shows the browser's own format; this says it the Thai way (พ.ศ.). */
function thaiPreview(local: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? thaiDateTime(`${local}:00+07:00`) : 'วันที่และเวลา (เวลาไทย)';
}

/** The staff's activity form; every field shows the shared schema's (or the API's) Thai message. */
export function ActivityFormFields({ draft, fields, reference, areas, offices, timesLocked, onChange }: Props) {
  const set = (patch: Partial<ActivityDraft>) => onChange({ ...draft, ...patch });
  const text = (id: keyof ActivityDraft & string, label: string, field = id, extra: { hint?: string | undefined; optional?: boolean; type?: 'text' | 'number' | 'datetime-local' } = {}) => (
    // Preact types inputs per `type`; the attributes used here are valid for text, number and datetime-local alike.
    <Field id={`activity-${id}`} label={label} error={fields[field]} hint={extra.hint} optional={extra.optional}>
      <input id={`activity-${id}`} type={(extra.type ?? 'text') as 'text'} value={String(draft[id])} disabled={timesLocked && (id === 'start' || id === 'end')} aria-invalid={fields[field] ? 'true' : undefined} aria-describedby={describedBy(`activity-${id}`, { hint: Boolean(extra.hint), error: fields[field] })} onInput={(event) => set({ [id]: event.currentTarget.value } as Partial<ActivityDraft>)} />
    </Field>
  );
  const select = (id: 'type' | 'topic' | 'audience', label: string, options: Named[]) => (
    <Field id={`activity-${id}`} label={label} error={fields[id]}>
      <select id={`activity-${id}`} value={draft[id]} aria-invalid={fields[id] ? 'true' : undefined} aria-describedby={describedBy(`activity-${id}`, { error: fields[id] })} onChange={(event) => set({ [id]: event.currentTarget.value })}>
        <option value="">— เลือก —</option>
        {options.map((option) => <option key={option.code} value={option.code}>{option.name}</option>)}
      </select>
    </Field>
  );
  const district = areas.districts.find((candidate) => candidate.code === draft.districtCode);
  return (
    <div class="activity-form">
      {text('title', 'ชื่อกิจกรรม')}
      <div class="row">{select('type', 'ประเภท', reference.types)}{select('topic', 'หัวข้อ', reference.topics)}</div>
      <div class="row">
        {text('start', 'เริ่ม', 'start', { type: 'datetime-local', hint: timesLocked ? 'เปลี่ยนด้วย «เลื่อนวัน» ด้านล่าง' : thaiPreview(draft.start) })}
        {text('end', 'สิ้นสุด', 'end', { type: 'datetime-local', hint: timesLocked ? undefined : thaiPreview(draft.end) })}
      </div>
      {text('venueName', 'สถานที่')}
      {text('venueAddress', 'ที่อยู่สถานที่', 'venueAddress', { optional: true })}
      <p class="hint">ตำแหน่งสถานที่บนแผนที่ (ไม่บังคับ) เช่น 14.4745, 100.1177: การ์ดในแชตจะมีปุ่ม «ดูแผนที่»</p>
      <div class="row">
        {text('venueLatitude', 'ละติจูด', 'venueLatitude', { type: 'number' })}
        {text('venueLongitude', 'ลองจิจูด', 'venueLongitude', { type: 'number' })}
      </div>
      <fieldset class="field">
        <legend>กิจกรรมนี้สำหรับพื้นที่</legend>
        <div class="chat-chips" role="radiogroup">
          {SCOPES.map((scope) => (
            <label key={scope.code} class={draft.areaScope === scope.code ? 'chip chip-on' : 'chip'}>
              <input type="radio" class="visually-hidden" name="activity-scope" value={scope.code} checked={draft.areaScope === scope.code} onChange={() => set({ areaScope: scope.code })} />
              {scope.name}
            </label>
          ))}
        </div>
      </fieldset>
      {(draft.areaScope === 'district' || draft.areaScope === 'subdistrict') && (
        <div class="row">
          <Field id="activity-district" label="อำเภอ" error={draft.areaScope === 'district' ? fields.areaCode : undefined}>
            <select id="activity-district" value={draft.districtCode} onChange={(event) => set({ districtCode: event.currentTarget.value, subdistrictCode: '' })}>
              <option value="">— เลือกอำเภอ —</option>
              {areas.districts.map((option) => <option key={option.code} value={option.code}>{option.name}</option>)}
            </select>
          </Field>
          {draft.areaScope === 'subdistrict' && (
            <Field id="activity-subdistrict" label="ตำบล" error={fields.areaCode}>
              <select id="activity-subdistrict" value={draft.subdistrictCode} disabled={!district} onChange={(event) => set({ subdistrictCode: event.currentTarget.value })}>
                <option value="">{district ? '— เลือกตำบล —' : 'เลือกอำเภอก่อน'}</option>
                {district?.subdistricts.map((option) => <option key={option.code} value={option.code}>{option.name}</option>)}
              </select>
            </Field>
          )}
        </div>
      )}
      {draft.areaScope === 'office' && (
        <Field id="activity-office" label="หน่วยงาน" error={fields.areaCode}>
          <select id="activity-office" value={draft.officeCode} onChange={(event) => set({ officeCode: event.currentTarget.value })}>
            <option value="">— เลือกหน่วยงาน —</option>
            {offices.filter((office) => office.kind === 'local').map((office) => <option key={office.code} value={office.code}>{office.name}</option>)}
          </select>
        </Field>
      )}
      <div class="row">{select('audience', 'ผู้เข้าร่วม', reference.audiences)}{text('capacity', 'จำนวนที่นั่ง', 'capacity', { type: 'number', hint: 'เว้นว่างถ้าไม่จำกัด' })}</div>
      <label class="check">
        <input type="checkbox" checked={draft.registrationOpen} onChange={(event) => set({ registrationOpen: event.currentTarget.checked })} />
        เปิดให้ลงทะเบียนในแชตและหน้านี้
      </label>
      {text('organiser', 'ผู้จัด')}
      <Field id="activity-description" label="รายละเอียด" error={fields.description} optional>
        <textarea id="activity-description" rows={4} value={draft.description} onInput={(event) => set({ description: event.currentTarget.value })} />
      </Field>
    </div>
  );
}
