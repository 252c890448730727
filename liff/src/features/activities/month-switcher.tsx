import { addMonths } from '../../../../domain/activities/activity-time.ts';
import { thaiMonth } from '../../lib/thai-date.ts';

/** ‹ previous · the month · next ›, each a real button. */
export function MonthSwitcher({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  return (
    <nav class="month-switcher" aria-label="เลือกเดือน">
      <button type="button" class="button secondary" aria-label={`เดือนก่อน (${thaiMonth(addMonths(month, -1))})`} onClick={() => onChange(addMonths(month, -1))}>‹</button>
      <h2 class="month-name" aria-live="polite">{thaiMonth(month)}</h2>
      <button type="button" class="button secondary" aria-label={`เดือนถัดไป (${thaiMonth(addMonths(month, 1))})`} onClick={() => onChange(addMonths(month, 1))}>›</button>
    </nav>
  );
}
