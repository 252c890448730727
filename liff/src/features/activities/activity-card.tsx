import type { ComponentChildren } from 'preact';
import './activities.css';
import type { Activity } from './activity-types.ts';
import { activityWhen } from './activity-when.ts';

function seats(activity: Activity): string {
  if (!activity.registrationOpen) return 'ไม่ต้องลงทะเบียน';
  if (activity.seatsLeft === null) return 'ไม่จำกัดที่นั่ง';
  return activity.seatsLeft === 0 ? `เต็มแล้ว (${activity.capacity} ที่)` : `เหลือ ${activity.seatsLeft} จาก ${activity.capacity} ที่`;
}

/** One activity: type and status, what and when, where and for whom; the caller adds the actions. */
export function ActivityCard({ activity, children }: { activity: Activity; children?: ComponentChildren }) {
  const off = activity.status === 'cancelled' || activity.status === 'postponed';
  return (
    <article class={off ? 'card activity-card card-off' : 'card activity-card'} aria-labelledby={`activity-${activity.id}`}>
      <p class="badges">
        <span class="badge">{activity.typeName}</span>
        {activity.status !== 'published' && <span class={off ? 'badge badge-off' : 'badge'}>{activity.statusName}</span>}
        {activity.registered && <span class="badge">ลงทะเบียนแล้ว</span>}
      </p>
      <h3 class="card-title" id={`activity-${activity.id}`}>{activity.title}</h3>
      <p class="activity-when">{activityWhen(activity.startAt, activity.endAt)}</p>
      <dl class="summary small">
        <div><dt class="muted">สถานที่</dt><dd>{activity.venueName}</dd></div>
        <div><dt class="muted">พื้นที่</dt><dd>{activity.areaLabel}</dd></div>
        <div><dt class="muted">หัวข้อ</dt><dd>{activity.topicName} · {activity.audienceName}</dd></div>
        <div><dt class="muted">ที่นั่ง</dt><dd>{seats(activity)}</dd></div>
      </dl>
      {children}
    </article>
  );
}
