import { halfToReport } from '../domain/reports/report-schedule.ts';
import { parsePeriod } from '../domain/reports/report-period.ts';
import { reportFor } from '../domain/reports/report-service.ts';
import { clinicStaff } from '../domain/users/recipients.ts';
import type { JobDefinition } from '../infra/jobs/job-runner.ts';
import { buildReportReadyMessages } from './report-messages.ts';
import type { JobServices } from './job-services.ts';

/** The staff page of a report, inside LINE (https://liff.line.me/<LIFF_ID>/…); none without a LIFF app. */
export function reportPageUrl(liffUrl: string | undefined, period: string): string | undefined {
  return liffUrl?.startsWith('https://') ? `${liffUrl}/staff/reports?period=${encodeURIComponent(period)}` : undefined;
}

/**
 * The 6-monthly evaluation report (seed 000, 4.5). Fires daily; its period is the fiscal half
 * whose report day (the first working day after it ends, Thai holidays counted) has come, so the
 * ledger runs each half once, on that day or at the first start after it. The report is kept as
 * the period's snapshot, then staff are told in one multicast keyed by the period (unless nothing
 * at all happened in it).
 */
export const reportJob: JobDefinition<JobServices> = {
  name: 'report',
  periodOf: (at) => halfToReport(at).name,
  async run(deps, { now, period }) {
    const half = parsePeriod(period);
    if (!half) throw new Error(`report: not a period: ${period}`);
    const cases = deps.cases;
    const report = await reportFor(half, { lookups: { offices: await cases.offices(), areas: await cases.areas() }, now, fresh: true });
    // A half in which nothing was recorded (the service was not yet in use) is kept, not announced.
    const { cases: received, faq, activities } = report.current;
    const staff = received.received + faq.asked + activities.held > 0 ? await clinicStaff() : [];
    if (staff.length > 0) await deps.outbox.multicast({ dedupeKey: `job:report:${period}`, to: staff, messages: buildReportReadyMessages(report, reportPageUrl(deps.liffUrl, period)) });
    return { period, received: report.current.cases.received, staff: staff.length };
  },
};
