import { ReportSnapshotModel } from '../../models/report-snapshot.ts';
import { buildReport, type ReportLookups } from './build-report.ts';
import type { ReportPeriod } from './report-period.ts';
import type { Report } from './report-types.ts';

/**
 * The report of a period. A period still running is computed afresh each time; a finished one is
 * kept as first generated (see models/report-snapshot.ts) unless `fresh` asks to compute and keep it again.
 */
export async function reportFor(period: ReportPeriod, input: { lookups: ReportLookups; now: Date; fresh?: boolean }): Promise<Report> {
  const finished = period.end.getTime() <= input.now.getTime();
  if (finished && !input.fresh) {
    const stored = await ReportSnapshotModel.findById(period.name).lean();
    if (stored) return stored.report as Report;
  }
  const report = await buildReport(period, input.lookups, input.now);
  if (finished) {
    const update = input.fresh ? { $set: { report, generatedAt: input.now } } : { $setOnInsert: { report, generatedAt: input.now } };
    await ReportSnapshotModel.updateOne({ _id: period.name }, update, { upsert: true });
    if (!input.fresh) return ((await ReportSnapshotModel.findById(period.name).lean())?.report as Report | undefined) ?? report;
  }
  return report;
}
