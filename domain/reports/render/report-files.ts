import type { Report } from '../report-types.ts';
import { renderReportCsv } from './csv-report.ts';

/**
 * The PDF and workbook renderers load on first use: pdfkit and exceljs cost the bot about 35 MB of
 * memory, and a report is asked for a few times a year.
 */
export const REPORT_FORMATS = {
  pdf: { contentType: 'application/pdf', render: async (report: Report) => (await import('./pdf-report.ts')).renderReportPdf(report) },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    render: async (report: Report) => (await import('./xlsx-report.ts')).renderReportXlsx(report),
  },
  csv: { contentType: 'text/csv; charset=utf-8', render: async (report: Report) => renderReportCsv(report) },
} as const;

export type ReportFormat = keyof typeof REPORT_FORMATS;

export function isReportFormat(value: string): value is ReportFormat {
  return Object.hasOwn(REPORT_FORMATS, value);
}
