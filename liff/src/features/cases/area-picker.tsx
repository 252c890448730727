import { Field, describedBy } from '../../components/field.tsx';
import type { FieldErrors } from '../../lib/api-client.ts';
import type { Areas } from './case-types.ts';

export type AreaChoice = { districtCode: string; subdistrictCode: string };

/** District then sub-district, from the province's real administrative data (/api/areas). */
export function AreaPicker(props: { areas: Areas; value: AreaChoice; fields: FieldErrors; onChange: (value: AreaChoice) => void }) {
  const district = props.areas.districts.find((candidate) => candidate.code === props.value.districtCode);
  const districtError = props.fields['area.districtCode'] ?? props.fields.area;
  const subdistrictError = props.fields['area.subdistrictCode'];
  return (
    <div class="row">
      <Field id="case-district" label={`อำเภอ (จ.${props.areas.province.name})`} error={districtError}>
        <select id="case-district" value={props.value.districtCode} aria-invalid={districtError ? 'true' : undefined} aria-describedby={describedBy('case-district', { error: districtError })} onChange={(event) => props.onChange({ districtCode: event.currentTarget.value, subdistrictCode: '' })}>
          <option value="">— เลือกอำเภอ —</option>
          {props.areas.districts.map((option) => (
            <option key={option.code} value={option.code}>{option.name}</option>
          ))}
        </select>
      </Field>
      <Field id="case-subdistrict" label="ตำบล" error={subdistrictError}>
        <select id="case-subdistrict" value={props.value.subdistrictCode} disabled={!district} aria-invalid={subdistrictError ? 'true' : undefined} aria-describedby={describedBy('case-subdistrict', { error: subdistrictError })} onChange={(event) => props.onChange({ ...props.value, subdistrictCode: event.currentTarget.value })}>
          <option value="">{district ? '— เลือกตำบล —' : 'เลือกอำเภอก่อน'}</option>
          {district?.subdistricts.map((option) => (
            <option key={option.code} value={option.code}>{option.name}</option>
          ))}
        </select>
      </Field>
    </div>
  );
}
