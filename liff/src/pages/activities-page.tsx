import { useEffect, useState } from 'preact/hooks';
import { PageShell } from '../components/page-shell.tsx';
import { Loading } from '../components/loading.tsx';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useApi } from '../lib/use-api.ts';
import { ApiError } from '../lib/api-client.ts';
import { bangkokToday, formatThaiMonth } from '../lib/thai-date.ts';
import { ActivityCard } from '../features/activities/activity-card.tsx';
import { calendarPath, setRegistration } from '../features/activities/activity-api.ts';
import type { Activity } from '../features/activities/activity-types.ts';

type Schedule = { months: string[]; activities: Activity[] };

/** «ดูทั้งหมด» from the chat: the whole «ตารางกิจกรรม» of this month and next, with registration and calendar files. */
export default function ActivitiesPage() {
  const schedule = useApi<Schedule>('/activities');
  const [activities, setActivities] = useState<Activity[]>([]);
  const [notice, setNotice] = useState<{ id: string; text: string } | null>(null);
  useEffect(() => setActivities(schedule.data?.activities ?? []), [schedule.data]);
  const toggle = async (activity: Activity) => {
    try {
      const result = await setRegistration(activity.id, !activity.registered);
      if (result.activity) setActivities((list) => list.map((item) => (item.id === activity.id ? result.activity! : item)));
      setNotice({ id: activity.id, text: result.message });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setNotice({ id: activity.id, text: error.message });
    }
  };
  return (
    <PageShell title="ตารางกิจกรรม">
      {schedule.error && <ErrorNotice error={schedule.error} onRetry={schedule.reload} />}
      {schedule.loading && !schedule.data && <Loading block />}
      {schedule.data?.months.map((month) => {
        const inMonth = activities.filter((activity) => bangkokToday(new Date(activity.startAt)).startsWith(month));
        return (
          <section class="section" key={month} aria-labelledby={`month-${month}`}>
            <h2 id={`month-${month}`}>{formatThaiMonth(month)}</h2>
            {inMonth.length === 0 && <p class="muted">ยังไม่มีกิจกรรมในเดือนนี้</p>}
            {inMonth.map((activity) => (
              <ActivityCard key={activity.id} activity={activity}>
                {activity.status === 'published' && (
                  <div class="actions">
                    {activity.registrationOpen && (
                      <button type="button" class={activity.registered ? 'button secondary' : 'button'} onClick={() => void toggle(activity)}>
                        {activity.registered ? 'ยกเลิกการลงทะเบียน' : 'ลงทะเบียน'}
                      </button>
                    )}
                    <a class="button secondary" href={calendarPath(activity.id)} download>เพิ่มลงปฏิทิน</a>
                  </div>
                )}
                {notice?.id === activity.id && <p class="notice notice-ok" role="status">{notice.text}</p>}
              </ActivityCard>
            ))}
          </section>
        );
      })}
    </PageShell>
  );
}
