import type { BotHarness } from './bot-harness.ts';
import { chatAs } from './chat-driver.ts';
import { assignRole } from '../../domain/users/assign-role.ts';
import { loadConfig } from '../../infra/config/load-config.ts';
import { createLogger } from '../../infra/logger.ts';
import { createOutbox } from '../../infra/outbox/outbox.ts';
import { createLineClients } from '../../infra/line/line-clients.ts';
import { buildCaseService } from '../../bot/start/build-case-service.ts';
import { createActivityService } from '../../domain/activities/activity-service.ts';
import type { ActivityForm } from '../../domain/activities/activity-forms.ts';
import { saveSubscription } from '../../domain/subscriptions/subscription-store.ts';
import { recordFollow } from '../../domain/users/line-user-directory.ts';
import { createQuotaReader, type ActivityJobDeps, type ActivityJobServices } from '../../jobs/activity-services.ts';

export const logger = createLogger('silent');
/** 09:00 on 25 December 2026 in Bangkok: the monthly push of January 2570 (2027). */
export const DECEMBER_25 = new Date('2026-12-25T02:00:00Z');

/** The services a job gets, on the harness's database and emulator, with a fixed clock. */
export function activityJobServices(harness: () => BotHarness, clock: () => Date, overrides: Partial<ActivityJobDeps> = {}): ActivityJobServices {
  const config = loadConfig({});
  const outbox = createOutbox({ replyTokenMaxAgeMs: 50_000, onEnqueued: () => undefined });
  const messaging = createLineClients({ channelAccessToken: harness().channelAccessToken, apiBaseUrl: harness().lineApiUrl, dataApiBaseUrl: harness().lineApiUrl }).messaging;
  return {
    config,
    logger,
    outbox,
    cases: buildCaseService({ config, outbox, photoUrl: undefined, now: clock }),
    activities: { readQuota: createQuotaReader(messaging), quotaReserve: 0, reportWaitMs: 15_000, calendarUrl: (id) => `https://clinic.example/calendar/activities/${id}.ics`, listUrl: 'https://liff.line.me/test/activities', ...overrides },
  };
}

export function activityService(services: ActivityJobServices, clock: () => Date) {
  return createActivityService({ refs: async () => ({ areas: await services.cases.areas(), offices: await services.cases.offices() }), now: clock });
}

const STAFF = { lineUserId: undefined, role: 'staff', name: 'ทดสอบ' };

/** A published (or draft) activity; the form's defaults are a province-wide public training. */
export async function makeActivity(services: ActivityJobServices, clock: () => Date, form: Partial<ActivityForm> & { title: string }, publish = true) {
  const full: ActivityForm = {
    description: '',
    topic: 'law',
    type: 'training',
    start: '2027-01-15T09:00',
    end: '2027-01-15T12:00',
    venueName: 'ห้องประชุม อบจ.',
    areaScope: 'province',
    audience: 'public',
    capacity: null,
    registrationOpen: true,
    organiser: 'ศูนย์ Clinic Center',
    ...form,
  };
  return activityService(services, clock).create({ form: full, publish, actor: STAFF });
}

/** A villager in the emulator and the bot, subscribed (in the domain) to an area and topics. */
export async function subscriber(harness: () => BotHarness, name: string, area: { districtCode: string; subdistrictCode?: string }, topics: string[] = []) {
  const user = harness().emulator.users.add({ displayName: name });
  await recordFollow(user.userId, { displayName: name }, new Date());
  await saveSubscription(user.userId, { area, topics }, new Date());
  return chatAs(harness().emulator, user.userId);
}

export async function person(harness: () => BotHarness, name: string, role: 'officer' | 'staff' | 'villager', officeCode?: string) {
  const user = harness().emulator.users.add({ displayName: name, role });
  await recordFollow(user.userId, { displayName: name }, new Date());
  if (role !== 'villager') await assignRole(user.userId, role, officeCode);
  return chatAs(harness().emulator, user.userId);
}

/** The «ตารางกิจกรรม» carousels someone received (pushes, not replies). */
export function scheduleCarousels(harness: () => BotHarness, userId: string) {
  return harness()
    .emulator.deliveries({ userId })
    .filter((delivery) => delivery.via === 'multicast' && JSON.stringify(delivery.message).includes('ตารางกิจกรรม'));
}

export const settle = (ms = 800) => new Promise((resolve) => setTimeout(resolve, ms));
