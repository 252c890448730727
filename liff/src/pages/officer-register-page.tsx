import { useState } from 'preact/hooks';
import { officerRegistrationSchema } from '../../../domain/forms/case-forms.ts';
import { PageShell } from '../components/page-shell.tsx';
import { Field, describedBy } from '../components/field.tsx';
import { apiRequest } from '../lib/api-client.ts';
import { useForm } from '../lib/use-form.ts';
import { ROLE_LABELS, type Role } from '../lib/session.ts';
import { href } from '../routes.ts';

type Registered = { role: Role; officeCode: string; officeName: string };

/** Officer: joins their office with the 6-digit invite code staff gave them. */
export default function OfficerRegisterPage() {
  const [code, setCode] = useState('');
  const [registered, setRegistered] = useState<Registered | null>(null);
  const { fields, failure, busy, submit } = useForm(officerRegistrationSchema);

  const send = (event: Event) => {
    event.preventDefault();
    void submit({ code }, async (checked) => setRegistered(await apiRequest<Registered>('/officer/register', { method: 'POST', body: checked })));
  };

  if (registered) {
    return (
      <PageShell title="ลงทะเบียนแล้ว">
        <section class="notice notice-ok" role="status">
          <p>ท่านเป็น{ROLE_LABELS[registered.role]}ของ {registered.officeName} แล้วค่ะ</p>
          <p>เรื่องใหม่ในพื้นที่จะแจ้งในแชต LINE และดูได้ที่คิวงาน</p>
          {/* A full load: the app learns the new role from /api/me at start. */}
          <button type="button" class="button" onClick={() => location.assign(href('/'))}>ไปหน้าหลัก</button>
        </section>
      </PageShell>
    );
  }
  return (
    <PageShell title="ลงทะเบียนเจ้าหน้าที่">
      <p class="lead">สำหรับเจ้าหน้าที่ อปท. ที่ได้รับรหัสเชิญจากศูนย์ Clinic Center หรือหัวหน้าหน่วยงาน</p>
      <form onSubmit={send} noValidate>
        <Field id="invite-code" label="รหัสเชิญ" hint="ตัวเลข 6 หลัก" error={fields.code}>
          <input id="invite-code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={code} aria-invalid={fields.code ? 'true' : undefined} aria-describedby={describedBy('invite-code', { hint: true, error: fields.code })} onInput={(event) => setCode(event.currentTarget.value)} />
        </Field>
        {failure && !fields.code && <p class="notice notice-error" role="alert">{failure}</p>}
        <button type="submit" class="button block" disabled={busy}>{busy ? 'กำลังตรวจสอบ…' : 'ลงทะเบียน'}</button>
      </form>
    </PageShell>
  );
}
