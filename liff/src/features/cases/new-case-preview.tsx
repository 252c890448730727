import type { NewCaseForm } from '../../../../domain/forms/case-forms.ts';
import { CasePhoto } from '../../components/case-photo.tsx';
import type { Areas, CaseCategory } from './case-types.ts';

/** What will be sent, read back in plain Thai, before anything is filed. */
export function NewCasePreview(props: { form: NewCaseForm; categories: CaseCategory[]; areas: Areas; sending: boolean; onEdit: () => void; onSubmit: () => void }) {
  const { form } = props;
  const category = props.categories.find((candidate) => candidate.code === form.category);
  const district = props.areas.districts.find((candidate) => candidate.code === form.area?.districtCode);
  const subdistrict = district?.subdistricts.find((candidate) => candidate.code === form.area?.subdistrictCode);
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading" class="visually-hidden">สรุปเรื่องที่จะส่ง</h2>
      <dl class="summary card">
        <dt>เรื่อง</dt>
        <dd>{form.kind === 'problem' ? 'แจ้งปัญหา' : 'ขอคำปรึกษา'} · {category?.name ?? form.category}</dd>
        <dt>รายละเอียด</dt>
        <dd class="pre">{form.description}</dd>
        {form.photoIds.length > 0 && (
          <>
            <dt>รูปถ่าย {form.photoIds.length} รูป</dt>
            <dd class="photo-row">
              {form.photoIds.map((photoId, index) => (
                <CasePhoto key={photoId} photoId={photoId} alt={`รูปที่ ${index + 1}`} />
              ))}
            </dd>
          </>
        )}
        {form.location && (
          <>
            <dt>ตำแหน่ง</dt>
            <dd>{form.location.latitude}, {form.location.longitude}</dd>
          </>
        )}
        {district && (
          <>
            <dt>พื้นที่</dt>
            <dd>ต.{subdistrict?.name} อ.{district.name} จ.{props.areas.province.name}</dd>
          </>
        )}
        <dt>ติดต่อกลับ</dt>
        <dd>{form.contact ? `${form.contact.name} · ${form.contact.phone}` : 'ไม่ต้องการให้ติดต่อกลับ'}</dd>
        {category && (
          <>
            <dt>ระยะเวลาดำเนินการ</dt>
            <dd>ภายใน {category.slaDays} วัน</dd>
          </>
        )}
      </dl>
      <div class="actions">
        <button type="button" class="button secondary" onClick={props.onEdit} disabled={props.sending}>แก้ไข</button>
        <button type="button" class="button" onClick={props.onSubmit} disabled={props.sending}>{props.sending ? 'กำลังส่ง…' : 'ส่งเรื่อง'}</button>
      </div>
    </section>
  );
}
