import { Schema, model } from 'mongoose';

/**
 * A finished period's report as it was first generated (by the report job or the first request),
 * so the PDF staff download matches the figures sent to the sub-committee even if old cases change.
 * `_id` is the period name (`2570-H1`); `report` is domain/reports/report-types.ts's Report.
 */
const reportSnapshotSchema = new Schema(
  {
    _id: { type: String, required: true },
    generatedAt: { type: Date, required: true },
    report: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, minimize: false },
);

export const ReportSnapshotModel = model('ReportSnapshot', reportSnapshotSchema, 'report_snapshots');
