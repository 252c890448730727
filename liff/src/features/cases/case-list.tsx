import { StatusBadge } from '../../components/status-badge.tsx';
import { thaiDate } from '../../lib/thai-date.ts';
import { href } from '../../routes.ts';
import { casePath } from './case-api.ts';
import type { CaseView } from './case-types.ts';

/** Cases as cards: ticket, status, category, place and the date that matters to the reader. */
export function CaseList({ cases, showOffice = false }: { cases: CaseView[]; showOffice?: boolean }) {
  return (
    <ul class="plain-list">
      {cases.map((item) => (
        <li key={item.ticket} class={item.overdue ? 'card case-card overdue' : 'card case-card'}>
          <a class="case-link" href={href(casePath(item.ticket))}>
            <span class="case-head">
              <strong>{item.ticket}</strong>
              <StatusBadge label={item.statusLabel} color={item.statusColor} />
            </span>
            <span class="case-category">{item.categoryName}</span>
            <span class="case-description">{item.description}</span>
            <span class="small muted">
              {item.area ? `ต.${item.area.subdistrictName} อ.${item.area.districtName} · ` : ''}
              แจ้งเมื่อ {thaiDate(item.createdAt)}
              {item.resolvedAt ? ` · เสร็จ ${thaiDate(item.resolvedAt)}` : ` · กำหนด ${thaiDate(item.dueAt)}`}
              {showOffice ? ` · ${item.officeName}` : ''}
            </span>
            {item.overdue && <span class="overdue-note">เลยกำหนดแล้ว</span>}
          </a>
        </li>
      ))}
    </ul>
  );
}
