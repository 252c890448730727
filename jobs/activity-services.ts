import type { messagingApi } from '@line/bot-sdk';
import type { AppConfig } from '../infra/config/load-config.ts';
import type { MessageQuota } from '../domain/activities/fanout/quota-budget.ts';
import { calendarLink } from '../bot/api/ics-link.ts';
import type { JobServices } from './job-services.ts';

/** What the activity jobs need beside the common services: LINE's quota figures and the links cards carry. */
export type ActivityJobDeps = {
  readQuota(): Promise<MessageQuota>;
  quotaReserve: number;
  /** How long the monthly push waits for delivery before it reports to staff. */
  reportWaitMs: number;
  calendarUrl: ((activityId: string) => string) | undefined;
  listUrl: string | undefined;
};

/** Reads the month's quota and what has been used of it (GET /v2/bot/message/quota[/consumption]). */
export function createQuotaReader(messaging: messagingApi.MessagingApiClient): () => Promise<MessageQuota> {
  return async () => {
    const [quota, consumption] = await Promise.all([messaging.getMessageQuota(), messaging.getMessageQuotaConsumption()]);
    return { limit: quota.type === 'limited' ? (quota.value ?? 0) : null, used: consumption.totalUsage ?? 0 };
  };
}

/** `delivers`: false when nothing in this process sends the outbox (npm run job in local mode): no point waiting. */
export function createActivityJobDeps(input: { config: AppConfig; messaging: messagingApi.MessagingApiClient; liffUrl: string | undefined; delivers?: boolean }): ActivityJobDeps {
  return {
    readQuota: createQuotaReader(input.messaging),
    quotaReserve: input.config.activities.quotaReserve,
    reportWaitMs: input.delivers === false ? 0 : input.config.activities.reportWaitMs,
    calendarUrl: calendarLink(input.config.publicBaseUrl),
    listUrl: input.liffUrl ? `${input.liffUrl}/activities` : undefined,
  };
}

/** The part of JobServices the activity jobs use (the API's change notices build just this). */
export type ActivityJobServices = Pick<JobServices, 'config' | 'logger' | 'outbox' | 'cases' | 'activities'>;

export function activityDepsOf(deps: ActivityJobServices): ActivityJobDeps {
  if (!deps.activities) throw new Error('activity jobs need JobServices.activities (built in bot/start-bot.ts and scripts/job.ts)');
  return deps.activities;
}
