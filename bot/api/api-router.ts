import express, { Router } from 'express';
import type { FaqCatalog } from '../../domain/knowledge-base/faq-catalog.ts';
import type { CaseService } from '../../domain/cases/case-service.ts';
import type { Outbox } from '../../infra/outbox/outbox.ts';
import { authenticate, requireRole, actorOf, type AuthOptions } from '../auth/require-actor.ts';
import { createStaffFaqRoutes } from './staff-faq-routes.ts';
import { createCaseRoutes } from './case-routes.ts';
import { createUploadRoutes } from './upload-routes.ts';
import { createReferenceRoutes } from './reference-routes.ts';
import { createOfficerRoutes } from './officer-routes.ts';
import { createStaffCaseRoutes } from './staff-case-routes.ts';
import { createInviteRoutes } from './invite-routes.ts';
import { createReportRoutes } from './report-routes.ts';
import { createActivityRoutes } from './activity-routes.ts';
import type { ActivityApi } from './activity-api.ts';
import { createConsultationRoutes } from './consultation-routes.ts';
import { createPrivacyRoutes } from './privacy-routes.ts';
import type { Retention } from '../../domain/privacy/personal-data.ts';
import { createConsultationDelivery } from '../notifications/consultation-delivery.ts';
import type { PhotoUrl } from '../messages/case-card.ts';

const API_BODY_LIMIT = '100kb';

export type ApiOptions = {
  auth: AuthOptions;
  catalog: FaqCatalog;
  cases: CaseService;
  outbox: Outbox;
  activities: ActivityApi;
  photoUrl: PhotoUrl | undefined;
  pseudonymSecret: string;
  retention: Retention;
  /** A LIFF page's address for links in what the API sends (as the chat's own links). */
  liffPage(path: string): string | undefined;
};

/** `/api`: the REST API the LIFF pages use. Every route needs a verified LINE ID token. */
export function createApiRouter(options: ApiOptions): Router {
  const router = Router();
  router.use(express.json({ limit: API_BODY_LIMIT }));
  router.use(authenticate(options.auth));
  router.get('/me', async (_req, res) => {
    const actor = actorOf(res);
    const office = actor.officeCode ? (await options.cases.offices()).byCode(actor.officeCode) : undefined;
    res.json({ lineUserId: actor.lineUserId, name: actor.name, role: actor.role, officeCode: actor.officeCode ?? null, officeName: office?.name ?? null });
  });
  router.use(createReferenceRoutes(options.cases));
  router.use(createPrivacyRoutes({ cases: options.cases, outbox: options.outbox, pseudonymSecret: options.pseudonymSecret, retention: options.retention, staffPageUrl: options.liffPage('staff/privacy'), myDataUrl: options.liffPage('me/data') }));
  router.use('/activities', createActivityRoutes(options.activities));
  router.use(createUploadRoutes());
  router.use('/cases', createCaseRoutes({ cases: options.cases, outbox: options.outbox }));
  router.use('/officer', createOfficerRoutes(options.cases));
  router.use('/consultations', createConsultationRoutes({ cases: options.cases, delivery: createConsultationDelivery(options.outbox), catalog: options.catalog, photoUrl: options.photoUrl }));
  router.use('/staff/invites', requireRole('staff', 'admin', 'office-admin'), createInviteRoutes(options.cases));
  router.use('/staff/reports', requireRole('staff', 'admin'), createReportRoutes(options.cases));
  router.use('/staff', requireRole('staff', 'admin'), createStaffFaqRoutes(options.catalog), createStaffCaseRoutes(options.cases));
  return router;
}
