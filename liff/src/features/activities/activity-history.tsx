import { thaiDateTime } from '../../lib/thai-date.ts';
import { HISTORY_NAMES, type ActivityDetail } from './activity-types.ts';

/** The change history, newest first: who did what, when, and why. */
export function ActivityHistory({ history }: { history: ActivityDetail['history'] }) {
  return (
    <section class="section" aria-labelledby="activity-history-title">
      <h2 id="activity-history-title" class="card-title">ประวัติการเปลี่ยนแปลง</h2>
      <ol class="timeline">
        {[...history].reverse().map((step, index) => (
          <li key={index}>
            <p class="timeline-head"><strong>{HISTORY_NAMES[step.action] ?? step.action}</strong> <span class="muted small">{thaiDateTime(step.at)}{step.by ? ` · ${step.by}` : ''}</span></p>
            {step.toStartAt && <p class="small">วันใหม่: {thaiDateTime(step.toStartAt)}</p>}
            {step.reason && <p class="small pre">เหตุผล: {step.reason}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
