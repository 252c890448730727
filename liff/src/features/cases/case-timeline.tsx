import { CasePhoto } from '../../components/case-photo.tsx';
import { thaiDateTime } from '../../lib/thai-date.ts';
import { statusName, type CaseHistoryView } from './case-types.ts';
import { historyLabel as actionLabel } from '../../../../domain/cases/history-labels.ts';

/** What happened to the case, oldest first, with who did it and what they wrote. */
export function CaseTimeline({ history }: { history: CaseHistoryView[] }) {
  return (
    <ol class="timeline">
      {history.map((item, index) => (
        <li key={`${item.at}-${index}`}>
          <p class="timeline-head">
            <strong>{actionLabel(item.action)}</strong>
            {item.to && item.from !== item.to ? ` → ${statusName(item.to)}` : ''}
          </p>
          <p class="small muted">
            {thaiDateTime(item.at)}
            {item.actorName ? ` · ${item.actorName}` : ''}
          </p>
          {item.note && <p class="pre">{item.note}</p>}
          {item.photoIds.length > 0 && (
            <div class="photo-row">
              {item.photoIds.map((photoId, at) => (
                <CasePhoto key={photoId} photoId={photoId} alt={`รูปประกอบ ${at + 1}`} />
              ))}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
