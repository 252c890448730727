import { useState } from 'preact/hooks';
import { inviteSchema } from '../../../domain/forms/case-forms.ts';
import { PageShell } from '../components/page-shell.tsx';
import { Field, describedBy } from '../components/field.tsx';
import { Loading } from '../components/loading.tsx';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useApi } from '../lib/use-api.ts';
import { apiRequest } from '../lib/api-client.ts';
import { useForm } from '../lib/use-form.ts';
import { thaiDate, thaiDateTime } from '../lib/thai-date.ts';
import { ROLE_LABELS, useMe, type Role } from '../lib/session.ts';
import type { Office } from '../features/cases/case-types.ts';

type Invite = { code: string; officeCode: string; officeName: string; role: Role; expiresAt: string; usedBy: string | null; usedAt: string | null };
const INVITE_ROLES: Role[] = ['officer', 'office-admin', 'staff'];

/** Staff (and office heads for their own office): make a one-time code an officer registers with. */
export default function StaffInvitesPage() {
  const me = useMe();
  const invites = useApi<{ invites: Invite[] }>('/staff/invites');
  const offices = useApi<{ offices: Office[] }>('/offices');
  const [officeCode, setOfficeCode] = useState(me.role === 'office-admin' ? (me.officeCode ?? '') : '');
  const [role, setRole] = useState<Role>('officer');
  const { fields, failure, busy, submit } = useForm(inviteSchema);
  const [created, setCreated] = useState<Invite[]>([]);
  const roles = me.role === 'office-admin' ? (['officer'] as Role[]) : INVITE_ROLES;
  const officeChoices = (offices.data?.offices ?? []).filter((office) => me.role !== 'office-admin' || office.code === me.officeCode);

  const send = (event: Event) => {
    event.preventDefault();
    void submit({ officeCode, role }, async (checked) => {
      const { invite } = await apiRequest<{ invite: Invite }>('/staff/invites', { method: 'POST', body: checked });
      setCreated((previous) => [invite, ...previous]);
    });
  };

  const all = [...created, ...(invites.data?.invites ?? []).filter((invite) => !created.some((mine) => mine.code === invite.code))];
  return (
    <PageShell title="รหัสเชิญเจ้าหน้าที่">
      {invites.error ? (
        <ErrorNotice error={invites.error} onRetry={invites.reload} />
      ) : (
        <>
          <form class="card" onSubmit={send} noValidate aria-labelledby="new-invite">
            <h2 id="new-invite">สร้างรหัสเชิญ</h2>
            <Field id="invite-office" label="หน่วยงาน" error={fields.officeCode}>
              <select id="invite-office" value={officeCode} aria-invalid={fields.officeCode ? 'true' : undefined} aria-describedby={describedBy('invite-office', { error: fields.officeCode })} onChange={(event) => setOfficeCode(event.currentTarget.value)}>
                <option value="">{offices.data ? '— เลือกหน่วยงาน —' : 'กำลังโหลด…'}</option>
                {officeChoices.map((office) => (
                  <option key={office.code} value={office.code}>{office.name}</option>
                ))}
              </select>
            </Field>
            <Field id="invite-role" label="บทบาท" error={fields.role}>
              <select id="invite-role" value={role} onChange={(event) => setRole(event.currentTarget.value as Role)}>
                {roles.map((option) => (
                  <option key={option} value={option}>{ROLE_LABELS[option]}</option>
                ))}
              </select>
            </Field>
            {failure && <p class="notice notice-error" role="alert">{failure}</p>}
            <button type="submit" class="button block" disabled={busy}>สร้างรหัส</button>
          </form>
          {created[0] && (
            <p class="notice notice-ok" role="status">
              รหัสเชิญ <strong class="invite-code">{created[0].code}</strong> ให้เจ้าหน้าที่เปิด «ลงทะเบียนเจ้าหน้าที่» แล้วกรอกรหัสนี้ ภายใน {thaiDate(created[0].expiresAt)}
            </p>
          )}
          <h2>รหัสที่สร้างแล้ว</h2>
          {invites.loading && <Loading />}
          <ul class="plain-list">
            {all.map((invite) => (
              <li key={invite.code} class="card">
                <p class="case-head">
                  <strong class="invite-code">{invite.code}</strong>
                  <span class="badge">{invite.usedBy ? 'ใช้แล้ว' : new Date(invite.expiresAt) < new Date() ? 'หมดอายุ' : 'ยังไม่ได้ใช้'}</span>
                </p>
                <p class="small">{invite.officeName} · {ROLE_LABELS[invite.role]}</p>
                <p class="small muted">{invite.usedAt ? `ใช้เมื่อ ${thaiDateTime(invite.usedAt)}` : `ใช้ได้ถึง ${thaiDateTime(invite.expiresAt)}`}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </PageShell>
  );
}
