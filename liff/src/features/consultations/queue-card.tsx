import { href } from '../../routes.ts';
import { chatPagePath, type QueueItem } from './consultation-api.ts';
import { LONG_WAIT_MINUTES, sentAtLabel, waitingLabel } from './waiting-label.ts';

/** One consultation in the queue: how long, what about, who has it; a tap opens the chat. */
export function QueueCard({ item }: { item: QueueItem }) {
  const long = item.status === 'waiting' && item.waitingMinutes >= LONG_WAIT_MINUTES;
  return (
    <li class={`card case-card queue-card queue-${item.status}${long ? ' queue-long' : ''}`}>
      <a class="case-link" href={href(chatPagePath(item.id))}>
        <span class="case-head">
          <strong>{item.ticket}</strong>
          <span class="badge">{item.topicName}</span>
        </span>
        <span class="queue-wait">{waitingLabel(item)}</span>
        {item.question && <span class="case-description">{item.question}</span>}
        <span class="small muted">
          {item.staff ? `ดูแลโดย ${item.staff.name ?? 'เจ้าหน้าที่'}` : 'ยังไม่มีผู้รับ'} · ส่งมาเมื่อ {sentAtLabel(item.openedAt)}
          {item.openedOutsideHours ? ' · นอกเวลาทำการ' : ''}
        </span>
      </a>
    </li>
  );
}
