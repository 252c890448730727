import { Schema, model, type InferSchemaType } from 'mongoose';

export const JOB_RUN_STATUSES = ['running', 'done', 'failed'] as const;

/**
 * The run ledger: one document per job and period (`case-deadlines:2026-12-01`,
 * `monthly-schedule:2027-01`). Its unique _id is what makes a scheduled fire run once across
 * instances and restarts; the lease lets another instance finish a run whose owner died.
 */
const jobRunSchema = new Schema(
  {
    _id: { type: String, required: true },
    job: { type: String, required: true },
    period: { type: String, required: true },
    status: { type: String, enum: JOB_RUN_STATUSES, required: true },
    owner: { type: String },
    leaseUntil: { type: Date },
    attempts: { type: Number, default: 0 },
    trigger: { type: String, enum: ['schedule', 'catch-up', 'manual'] },
    startedAt: { type: Date },
    finishedAt: { type: Date },
    result: { type: Schema.Types.Mixed },
    lastError: { type: String },
  },
  { timestamps: true, minimize: false },
);

jobRunSchema.index({ job: 1, period: -1 });

export type JobRunDocument = InferSchemaType<typeof jobRunSchema>;
export const JobRunModel = model('JobRun', jobRunSchema, 'job_runs');
