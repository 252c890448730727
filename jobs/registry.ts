import type { AppConfig } from '../infra/config/load-config.ts';
import type { JobDefinition } from '../infra/jobs/job-runner.ts';
import type { ScheduledJob } from '../infra/jobs/job-scheduler.ts';
import { caseDeadlinesJob } from './case-deadlines.ts';
import { consultationIdleJob } from './consultation-idle.ts';
import { faqDigestJob } from './faq-digest.ts';
import { reportJob } from './report.ts';
import { retentionJob } from './retention.ts';
import { monthlyScheduleJob } from './monthly-schedule.ts';
import { activityRemindersJob } from './activity-reminders.ts';
import { activityChangesJob } from './activity-changes.ts';
import type { JobServices } from './job-services.ts';

/** Every job the service schedules and `npm run job -- <name>` can run. */
export const JOBS: JobDefinition<JobServices>[] = [caseDeadlinesJob, reportJob, retentionJob, consultationIdleJob, faqDigestJob, monthlyScheduleJob, activityRemindersJob, activityChangesJob];

export function findJob(name: string): JobDefinition<JobServices> | undefined {
  return JOBS.find((job) => job.name === name);
}

/** Jobs with their cron expressions from the configuration (JOB_<NAME>_CRON). */
export function scheduledJobs(config: AppConfig): ScheduledJob<JobServices>[] {
  return JOBS.flatMap((job) => {
    const schedule = config.jobs.schedules[job.name];
    return schedule ? [{ job, schedule }] : [];
  });
}
