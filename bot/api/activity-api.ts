import type { Response } from 'express';
import type { AppConfig } from '../../infra/config/load-config.ts';
import type { Logger } from '../../infra/logger.ts';
import type { Outbox } from '../../infra/outbox/outbox.ts';
import type { CaseService } from '../../domain/cases/case-service.ts';
import { createActivityService, type ActivityService } from '../../domain/activities/activity-service.ts';
import { ActivityInputError, ActivityRefusedError, REFUSAL_MESSAGES, type ActivityRefusal } from '../../domain/activities/activity-errors.ts';
import type { ActivityRefs } from '../../domain/activities/activity-validation.ts';
import type { ActivityJobDeps } from '../../jobs/activity-services.ts';
import { sendChangeNotice } from '../../jobs/activity-changes.ts';
import { sendFieldErrors } from './validate-body.ts';

/** What the activity routes, the calendar files and the jobs share, built once at start. */
export type ActivityApi = { service: ActivityService; cases: CaseService; jobDeps: ActivityJobDeps; refs(): Promise<ActivityRefs> };

/**
 * A change people must hear of (a cancellation, a new date) is sent as soon as it is recorded; if
 * this process dies first, the hourly activity-changes job sends it (both under one run claim).
 */
export function createActivityApi(deps: { config: AppConfig; logger: Logger; outbox: Outbox; cases: CaseService; jobDeps: ActivityJobDeps }): ActivityApi {
  const refs = async (): Promise<ActivityRefs> => ({ areas: await deps.cases.areas(), offices: await deps.cases.offices() });
  const jobServices = { config: deps.config, logger: deps.logger, outbox: deps.outbox, cases: deps.cases, activities: deps.jobDeps };
  const onNotice = (changeId: string) => {
    sendChangeNotice(jobServices, changeId).catch((error: unknown) => deps.logger.error({ err: error, changeId }, 'activity change notice failed; the activity-changes job retries it'));
  };
  return { service: createActivityService({ refs, onNotice }), cases: deps.cases, jobDeps: deps.jobDeps, refs };
}

const REFUSAL_STATUS: Record<ActivityRefusal, number> = { not_found: 404, not_allowed_now: 409, use_reschedule: 409, changed_meanwhile: 409 };

/** The activity domain's refusals as HTTP answers with a Thai message; anything else is rethrown. */
export function answerActivityError(res: Response, error: unknown): void {
  if (error instanceof ActivityInputError) return sendFieldErrors(res, error.fields);
  if (error instanceof ActivityRefusedError) {
    res.status(REFUSAL_STATUS[error.refusal]).json({ error: error.refusal, message: REFUSAL_MESSAGES[error.refusal] });
    return;
  }
  throw error;
}
