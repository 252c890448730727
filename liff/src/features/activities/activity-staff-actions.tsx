import { useState } from 'preact/hooks';
import { cancelActivitySchema, postponeActivitySchema, rescheduleActivitySchema } from '../../../../domain/activities/activity-forms.ts';
import { Field, describedBy } from '../../components/field.tsx';
import { useForm } from '../../lib/use-form.ts';
import { ApiError } from '../../lib/api-client.ts';
import { commandActivity, type StaffCommand } from './activity-api.ts';
import { draftOf } from './activity-draft.ts';
import type { ActivityDetail } from './activity-types.ts';

type Mode = 'cancel' | 'postpone' | 'reschedule' | null;
const TITLES: Record<Exclude<Mode, null>, string> = { cancel: 'ยกเลิกกิจกรรม', postpone: 'เลื่อนออกไปก่อน', reschedule: 'เลื่อนวัน' };
const DONE: Record<StaffCommand['action'], string> = { publish: 'เผยแพร่แล้ว', cancel: 'ยกเลิกกิจกรรมแล้ว', postpone: 'เลื่อนกิจกรรมออกไปแล้ว', reschedule: 'เปลี่ยนวันเวลาแล้ว' };

/**
 * Publish, cancel, postpone or reschedule with a reason. For a published activity the page says
 * that everyone told of it hears of the change, with the reason as written here.
 */
export function ActivityStaffActions({ activity, onChanged }: { activity: ActivityDetail; onChanged: (next: ActivityDetail, done: string) => void }) {
  const [mode, setMode] = useState<Mode>(null);
  const told = activity.status === 'published' || activity.status === 'postponed';
  const run = async (command: StaffCommand) => {
    const { activity: next } = await commandActivity(activity.id, activity.version, command);
    setMode(null);
    onChanged(next, DONE[command.action] + (told && command.action !== 'publish' ? ' ผู้ที่ได้รับข่าวกิจกรรมนี้จะได้รับแจ้งใน LINE' : ''));
  };
  const [publishing, setPublishing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const publish = async () => {
    setPublishing(true);
    setFailure(null);
    try {
      await run({ action: 'publish' });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error.message);
    } finally {
      setPublishing(false);
    }
  };
  return (
    <section class="card action-form" aria-labelledby="activity-actions-title">
      <h2 id="activity-actions-title" class="card-title">ดำเนินการ</h2>
      <div class="actions">
        {activity.status === 'draft' && <button type="button" class="button" disabled={publishing} onClick={() => void publish()}>เผยแพร่</button>}
        {activity.status !== 'cancelled' && <button type="button" class="button secondary" aria-expanded={mode === 'reschedule'} onClick={() => setMode(mode === 'reschedule' ? null : 'reschedule')}>เลื่อนวัน</button>}
        {activity.status === 'published' && <button type="button" class="button secondary" aria-expanded={mode === 'postpone'} onClick={() => setMode(mode === 'postpone' ? null : 'postpone')}>เลื่อนออกไปก่อน</button>}
        {activity.status !== 'cancelled' && <button type="button" class="button danger" aria-expanded={mode === 'cancel'} onClick={() => setMode(mode === 'cancel' ? null : 'cancel')}>ยกเลิกกิจกรรม</button>}
      </div>
      {failure && <p class="field-error" role="alert">{failure}</p>}
      {mode && <ReasonForm key={mode} mode={mode} activity={activity} told={told} onSubmit={run} />}
    </section>
  );
}

function ReasonForm({ mode, activity, told, onSubmit }: { mode: Exclude<Mode, null>; activity: ActivityDetail; told: boolean; onSubmit: (command: StaffCommand) => Promise<void> }) {
  const initial = draftOf(activity);
  const [reason, setReason] = useState('');
  const [start, setStart] = useState(initial.start);
  const [end, setEnd] = useState(initial.end);
  const schema = mode === 'reschedule' ? rescheduleActivitySchema : mode === 'cancel' ? cancelActivitySchema : postponeActivitySchema;
  const form = useForm<{ reason: string; start?: string; end?: string }>(schema);
  const send = () => form.submit(mode === 'reschedule' ? { reason, start, end } : { reason }, (value) => onSubmit(mode === 'reschedule' ? { action: 'reschedule', start: value.start!, end: value.end!, reason: value.reason } : { action: mode, reason: value.reason }));
  return (
    <form class="inline-form" onSubmit={(event) => (event.preventDefault(), void send())} noValidate>
      <h3 class="card-title">{TITLES[mode]}</h3>
      {told && <p class="hint">ทุกคนที่ได้รับข่าวกิจกรรมนี้ (รวมผู้ลงทะเบียน) จะได้รับแจ้งใน LINE พร้อมเหตุผลนี้</p>}
      {mode === 'reschedule' && (
        <div class="row">
          <Field id="reschedule-start" label="เริ่มใหม่" error={form.fields.start}>
            <input id="reschedule-start" type="datetime-local" value={start} aria-invalid={form.fields.start ? 'true' : undefined} onInput={(event) => setStart(event.currentTarget.value)} />
          </Field>
          <Field id="reschedule-end" label="สิ้นสุดใหม่" error={form.fields.end}>
            <input id="reschedule-end" type="datetime-local" value={end} aria-invalid={form.fields.end ? 'true' : undefined} onInput={(event) => setEnd(event.currentTarget.value)} />
          </Field>
        </div>
      )}
      <Field id={`reason-${mode}`} label="เหตุผล" error={form.fields.reason}>
        <textarea id={`reason-${mode}`} rows={2} value={reason} aria-invalid={form.fields.reason ? 'true' : undefined} aria-describedby={describedBy(`reason-${mode}`, { error: form.fields.reason })} onInput={(event) => setReason(event.currentTarget.value)} />
      </Field>
      {form.failure && <p class="field-error" role="alert">{form.failure}</p>}
      <button type="submit" class={mode === 'cancel' ? 'button danger' : 'button'} disabled={form.busy}>ยืนยัน{TITLES[mode]}</button>
    </form>
  );
}
