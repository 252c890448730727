import { StatusBadge } from '../../components/status-badge.tsx';
import { href } from '../../routes.ts';
import { casePath } from '../cases/case-api.ts';
import { STATUS_LABELS, type ConsultationDetail } from './consultation-api.ts';
import { sentAtLabel, waitingLabel } from './waiting-label.ts';

const STATUS_COLORS = { waiting: '#b45309', active: '#0f6e5a', ended: '#5b6764' } as const;

/** Who, what and how long: the consultation's state and the case it is recorded in. */
export function ConsultationSummary({ detail }: { detail: ConsultationDetail }) {
  const { consultation, case: linked } = detail;
  return (
    <section class="card consult-summary" aria-label="สรุปการสนทนา">
      <p class="case-head">
        <strong>{consultation.topicName}</strong>
        <StatusBadge label={STATUS_LABELS[consultation.status]} color={STATUS_COLORS[consultation.status]} />
      </p>
      <p class="small">{consultation.staff ? `ดูแลโดย ${consultation.staff.name ?? 'เจ้าหน้าที่'}` : 'ยังไม่มีเจ้าหน้าที่รับเรื่อง'}</p>
      <p class="small muted">
        เริ่ม {sentAtLabel(consultation.openedAt)}
        {consultation.status !== 'ended' && ` · ${waitingLabel(consultation)}`}
        {consultation.openedOutsideHours && ' · ส่งมานอกเวลาทำการ'}
      </p>
      {linked && (
        <a class="consult-case" href={href(casePath(linked.ticket))}>
          <span class="small">สถานะเรื่อง</span>
          <StatusBadge label={linked.statusLabel} color={linked.statusColor} />
          <span class="consult-case-go">ดูเรื่อง ›</span>
        </a>
      )}
    </section>
  );
}
