import type { Router } from 'express';
import type { AppConfig } from '../../infra/config/load-config.ts';
import type { CaseService } from '../../domain/cases/case-service.ts';
import { clinicContact } from '../../domain/office-hours/clinic-contact.ts';
import type { ActivityApi } from '../api/activity-api.ts';
import { createIcsRoutes } from '../api/ics-routes.ts';
import { createFontRoutes } from '../http/font-routes.ts';
import { createPrivacyPage } from '../http/privacy-page.ts';
import { createPublicDashboard } from '../http/public-dashboard.ts';
import type { PhotoLinks } from '../media/photo-links.ts';
import { createPhotoRoutes } from '../media/photo-routes.ts';
import { createOpen311Router } from '../open311/open311-router.ts';
import type { Outbox } from '../../infra/outbox/outbox.ts';
import type { FaqCatalog } from '../../domain/knowledge-base/faq-catalog.ts';
import { createApiRouter } from '../api/api-router.ts';
import type { Retention } from '../../domain/privacy/personal-data.ts';
import { liffOptions, liffPageLink, type LineConnection } from './line-connection.ts';

export type Mount = { path: string; router: Router };
type WebInputs = { line: LineConnection; cases: CaseService; activities: ActivityApi; photoLinks: PhotoLinks; catalog: FaqCatalog; outbox: Outbox; liffPageBase: string | undefined; onStored(count: number): void };

/** What an instance that serves HTTP answers: the webhook, the API and pages, and the LIFF app. */
export function webParts(config: AppConfig, parts: WebInputs) {
  const { line } = parts;
  const api = createApiRouter({
    auth: { apiBaseUrl: line.apiBaseUrl, channelId: line.loginChannelId, failuresPerHour: config.rateLimits.authFailuresPerHour },
    catalog: parts.catalog,
    cases: parts.cases,
    outbox: parts.outbox,
    activities: parts.activities,
    photoUrl: parts.photoLinks.url,
    pseudonymSecret: config.privacy.pseudonymSecret ?? line.credentials.channelSecret,
    retention: privacyRetention(config),
    liffPage: liffPageLink(parts.liffPageBase),
  });
  const webhook = { channelSecret: line.credentials.channelSecret, bodyLimitBytes: config.webhookBodyLimitBytes, onStored: parts.onStored };
  return { webhook, mounts: httpMounts(config, { ...parts, api }), liff: liffOptions(config, line) };
}

/** Every route besides the webhook and the LIFF pages, in the order they match. */
function httpMounts(config: AppConfig, parts: WebInputs & { api: Router }): Mount[] {
  const mounts: Mount[] = [
    { path: '/api', router: parts.api },
    { path: '/assets', router: createFontRoutes() },
    { path: '/', router: createPhotoRoutes(parts.photoLinks) },
    { path: '/', router: createIcsRoutes(parts.activities) },
    { path: '/', router: privacyPage(config) },
    // Open to anyone, no login: the figures and the open data, never a person (issue 13).
    { path: '/public', router: createPublicDashboard({ cases: parts.cases }) },
    { path: '/open311', router: createOpen311Router(parts.cases, { requestsPerMinute: config.rateLimits.apiPerMinute }) },
  ];
  if (parts.line.local) mounts.push({ path: '/dev', router: parts.line.local.consoleRouter });
  return mounts;
}

/** The privacy notice the first follow links to, with the contact and retention this service really has. */
function privacyPage(config: AppConfig): Router {
  const contact = clinicContact(config.contact);
  return createPrivacyPage({ contactName: contact.name, contactPhone: contact.phone, retention: privacyRetention(config) });
}

/** One source for the notice and the «ข้อมูลของฉัน» page, so they never state different periods. */
function privacyRetention(config: AppConfig): Retention {
  return { messagesDays: config.inbox.retentionDays, repliesDays: config.outbox.retention.sentDays, contactDays: config.cases.contactRetentionDays };
}
