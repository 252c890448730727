import { useState } from 'preact/hooks';
import { PageShell } from '../components/page-shell.tsx';
import { Loading } from '../components/loading.tsx';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useApi } from '../lib/use-api.ts';
import { bangkokToday } from '../lib/thai-date.ts';
import { href } from '../routes.ts';
import { ActivityCard } from '../features/activities/activity-card.tsx';
import { MonthSwitcher } from '../features/activities/month-switcher.tsx';
import type { Activity } from '../features/activities/activity-types.ts';

/** Staff: a month of activities in every status, oldest first, each opening its form and actions. */
export default function StaffActivitiesPage() {
  const [month, setMonth] = useState(() => new URLSearchParams(location.search).get('month') ?? bangkokToday().slice(0, 7));
  const list = useApi<{ month: string; activities: Activity[] }>(`/activities/manage?month=${month}`);
  const counts = (list.data?.activities ?? []).reduce<Record<string, number>>((sum, activity) => ({ ...sum, [activity.statusName]: (sum[activity.statusName] ?? 0) + 1 }), {});
  return (
    <PageShell title="จัดการตารางกิจกรรม">
      <MonthSwitcher month={month} onChange={setMonth} />
      <div class="actions">
        <a class="button" href={href('/staff/activities/new')}>เพิ่มกิจกรรม</a>
      </div>
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.loading && <Loading />}
      {list.data && (
        <p class="total" role="status">
          {list.data.activities.length} กิจกรรม{Object.keys(counts).length > 0 ? ` · ${Object.entries(counts).map(([name, count]) => `${name} ${count}`).join(' · ')}` : ''}
        </p>
      )}
      {list.data?.activities.length === 0 && <p class="muted">ยังไม่มีกิจกรรมในเดือนนี้ กด «เพิ่มกิจกรรม» หรือนำเข้าจากไฟล์ CSV (npm run activities:import)</p>}
      <ul class="plain-list">
        {list.data?.activities.map((activity) => (
          <li key={activity.id}>
            <ActivityCard activity={activity}>
              <a class="button secondary block" href={href(`/staff/activities/${activity.id}`)}>เปิดกิจกรรม</a>
            </ActivityCard>
          </li>
        ))}
      </ul>
    </PageShell>
  );
}
