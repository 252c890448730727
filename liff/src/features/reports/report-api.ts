import type { Report } from '../../../../domain/reports/report-types.ts';
import { reportFileName } from '../../../../domain/reports/report-period.ts';
import { apiDownload } from '../../lib/api-client.ts';

/** `GET /api/staff/reports`: the fiscal halves staff can open. */
export type ReportPeriods = { current: string; periods: { name: string; label: string; finished: boolean }[] };

export const reportPath = (period: string) => `/staff/reports/${encodeURIComponent(period)}`;

export type { Report };

export const DOWNLOADS = [
  { format: 'pdf', label: 'PDF' },
  { format: 'xlsx', label: 'Excel' },
  { format: 'csv', label: 'CSV' },
] as const;

/** Saves one of the report's files on the phone, under the name the server gives it (the same reportFileName). */
export async function downloadReport(period: string, format: (typeof DOWNLOADS)[number]['format']): Promise<void> {
  const blob = await apiDownload(`${reportPath(period)}/files/${format}`);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = reportFileName({ name: period }, format);
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
