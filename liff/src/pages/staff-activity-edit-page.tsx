import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { activityFormSchema } from '../../../domain/activities/activity-forms.ts';
import { PageShell } from '../components/page-shell.tsx';
import { Loading } from '../components/loading.tsx';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useApi } from '../lib/use-api.ts';
import { useForm } from '../lib/use-form.ts';
import { href, type PageProps } from '../routes.ts';
import type { Areas, Office } from '../features/cases/case-types.ts';
import { ActivityFormFields } from '../features/activities/activity-form.tsx';
import { ActivityStaffActions } from '../features/activities/activity-staff-actions.tsx';
import { ActivityHistory } from '../features/activities/activity-history.tsx';
import { ActivityCard } from '../features/activities/activity-card.tsx';
import { EMPTY_ACTIVITY, draftOf, toFormInput, type ActivityDraft } from '../features/activities/activity-draft.ts';
import { createActivity, saveActivity } from '../features/activities/activity-api.ts';
import type { ActivityDetail, ActivityReference } from '../features/activities/activity-types.ts';

/** Staff: a new activity (draft or published at once), or one activity's form, actions and history. */
export default function StaffActivityEditPage({ params }: PageProps) {
  const id = params?.activityId ?? 'new';
  const isNew = id === 'new';
  const { route } = useLocation();
  const loaded = useApi<{ activity: ActivityDetail }>(isNew ? null : `/activities/manage/${id}`);
  const reference = useApi<ActivityReference>('/activities/reference');
  const areas = useApi<Areas>('/areas');
  const offices = useApi<{ offices: Office[] }>('/offices');
  const [activity, setActivity] = useState<ActivityDetail | null>(null);
  const [draft, setDraft] = useState<ActivityDraft>(EMPTY_ACTIVITY);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm(activityFormSchema);
  useEffect(() => {
    if (!loaded.data) return;
    setActivity(loaded.data.activity);
    setDraft(draftOf(loaded.data.activity));
  }, [loaded.data]);

  const submit = (publish: boolean) =>
    form.submit(toFormInput(draft), async (value) => {
      const result = activity ? await saveActivity(activity.id, value, activity.version) : await createActivity(value, publish);
      setSaved(activity ? 'บันทึกการแก้ไขแล้ว' : publish ? 'เผยแพร่แล้ว ผู้รับข่าวจะเห็นในตารางกิจกรรมเดือนถัดไปและในแชต' : 'บันทึกเป็นร่างแล้ว');
      if (!activity) route(href(`/staff/activities/${result.activity.id}`));
      setActivity(result.activity);
      setDraft(draftOf(result.activity));
    });

  const loadError = loaded.error ?? reference.error ?? areas.error ?? offices.error;
  const ready = reference.data && areas.data && offices.data && (isNew || activity);
  const locked = activity !== null && activity.status !== 'draft';
  return (
    <PageShell title={isNew ? 'เพิ่มกิจกรรม' : activity?.title ?? 'กิจกรรม'} back="/staff/activities">
      {loadError && <ErrorNotice error={loadError} onRetry={loaded.reload} />}
      {!loadError && !ready && <Loading block />}
      {activity && <p class="badges"><span class="badge">{activity.statusName}</span><span class="badge">ลงทะเบียน {activity.registeredCount}{activity.capacity ? `/${activity.capacity}` : ''} คน</span></p>}
      {saved && <p class="notice notice-ok" role="status">{saved}</p>}
      {activity?.status === 'cancelled' && <ActivityCard activity={activity} />}
      {ready && activity?.status !== 'cancelled' && (
        <form onSubmit={(event) => (event.preventDefault(), void submit(false))} noValidate>
          <ActivityFormFields draft={draft} fields={form.fields} reference={reference.data!} areas={areas.data!} offices={offices.data!.offices} timesLocked={locked} onChange={setDraft} />
          {form.failure && <p class="notice notice-error" role="alert">{form.failure}</p>}
          <div class="actions">
            {isNew ? (
              <>
                <button type="button" class="button" disabled={form.busy} onClick={() => void submit(true)}>เผยแพร่</button>
                <button type="submit" class="button secondary" disabled={form.busy}>บันทึกเป็นร่าง</button>
              </>
            ) : (
              <button type="submit" class="button" disabled={form.busy}>บันทึกการแก้ไข</button>
            )}
          </div>
        </form>
      )}
      {activity && activity.status !== 'cancelled' && <ActivityStaffActions activity={activity} onChanged={(next, done) => (setActivity(next), setDraft(draftOf(next)), setSaved(done))} />}
      {activity?.type === 'mobile-unit' && <p><a href={href(`/activities/${activity.id}/visit`)}>คำถามและเรื่องที่ส่งมาล่วงหน้า</a></p>}
      {activity && <ActivityHistory history={activity.history} />}
    </PageShell>
  );
}
