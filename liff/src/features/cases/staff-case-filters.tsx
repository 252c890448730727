import { Field } from '../../components/field.tsx';
import { STATUS_CODES, statusName, type Areas, type CaseCategory, type Office } from './case-types.ts';

export type StaffCaseFilters = { status: string; officeCode: string; districtCode: string; category: string; kind: string; from: string; to: string; q: string };
export const NO_FILTERS: StaffCaseFilters = { status: '', officeCode: '', districtCode: '', category: '', kind: '', from: '', to: '', q: '' };

/** The filters as the API's query string (empty ones left out). */
export function filterQuery(filters: StaffCaseFilters, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ ...filters, ...extra }).filter(([, value]) => value !== '');
  return new URLSearchParams(entries).toString();
}

type Lists = { offices: Office[]; areas: Areas | null; categories: CaseCategory[] };

/** Every filter of the staff case list, each with its label. */
export function StaffCaseFilterFields({ value, lists, onChange }: { value: StaffCaseFilters; lists: Lists; onChange: (value: StaffCaseFilters) => void }) {
  const set = (key: keyof StaffCaseFilters) => (event: { currentTarget: { value: string } }) => onChange({ ...value, [key]: event.currentTarget.value });
  const select = (key: keyof StaffCaseFilters, label: string, options: { value: string; label: string }[], all: string) => (
    <Field id={`filter-${key}`} label={label}>
      <select id={`filter-${key}`} value={value[key]} onChange={set(key)}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
    </Field>
  );
  return (
    <details class="filters" open>
      <summary>ตัวกรอง</summary>
      <Field id="filter-q" label="ค้นหา (เลขที่เรื่อง หรือข้อความ)">
        <input id="filter-q" type="search" value={value.q} onChange={set('q')} />
      </Field>
      <div class="row">
        {select('status', 'สถานะ', STATUS_CODES.map((code) => ({ value: code, label: statusName(code) })), 'ทุกสถานะ')}
        {select('kind', 'ชนิด', [{ value: 'problem', label: 'แจ้งปัญหา' }, { value: 'consultation', label: 'ขอคำปรึกษา' }], 'ทุกชนิด')}
      </div>
      {select('category', 'ประเภทเรื่อง', lists.categories.map((category) => ({ value: category.code, label: category.name })), 'ทุกประเภท')}
      {select('officeCode', 'หน่วยงาน', lists.offices.map((office) => ({ value: office.code, label: office.name })), 'ทุกหน่วยงาน')}
      {select('districtCode', 'อำเภอ', (lists.areas?.districts ?? []).map((district) => ({ value: district.code, label: district.name })), 'ทุกอำเภอ')}
      <div class="row">
        <Field id="filter-from" label="แจ้งตั้งแต่วันที่">
          <input id="filter-from" type="date" value={value.from} onChange={set('from')} />
        </Field>
        <Field id="filter-to" label="ถึงวันที่">
          <input id="filter-to" type="date" value={value.to} onChange={set('to')} />
        </Field>
      </div>
      <button type="button" class="button secondary" onClick={() => onChange(NO_FILTERS)}>ล้างตัวกรอง</button>
    </details>
  );
}
