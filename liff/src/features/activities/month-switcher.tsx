import { addMonths } from '../../../../domain/activities/activity-time.ts';
import { formatThaiMonth } from '../../lib/thai-date.ts';

/** ‹ previous · the month · next ›, each a real button. */
export function MonthSwitcher({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  return (
    <nav class="month-switcher" aria-label="เลือกเดือน">
      <button type="button" class="button secondary" aria-label={`เดือนก่อน (${formatThaiMonth(addMonths(month, -1))})`} onClick={() => onChange(addMonths(month, -1))}>‹</button>
      <h2 class="month-name" aria-live="polite">{formatThaiMonth(month)}</h2>
      <button type="button" class="button secondary" aria-label={`เดือนถัดไป (${formatThaiMonth(addMonths(month, 1))})`} onClick={() => onChange(addMonths(month, 1))}>›</button>
    </nav>
  );
}
