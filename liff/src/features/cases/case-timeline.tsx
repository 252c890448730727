import { CasePhoto } from '../../components/case-photo.tsx';
import { thaiDateTime } from '../../lib/thai-date.ts';
import type { CaseHistoryItem } from './case-types.ts';
import { STATUS_NAMES } from './case-types.ts';
import { actionLabel } from './case-action-labels.ts';

/** What happened to the case, oldest first, with who did it and what they wrote. */
export function CaseTimeline({ history }: { history: CaseHistoryItem[] }) {
  return (
    <ol class="timeline">
      {history.map((item, index) => (
        <li key={`${item.at}-${index}`}>
          <p class="timeline-head">
            <strong>{actionLabel(item.action)}</strong>
            {item.to && item.from !== item.to ? ` → ${STATUS_NAMES[item.to]}` : ''}
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
