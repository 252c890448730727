import express, { Router } from 'express';
import type { FaqCatalog } from '../../domain/knowledge-base/faq-catalog.ts';
import { authenticate, requireRole, actorOf, type AuthOptions } from '../auth/require-actor.ts';
import { createStaffFaqRoutes } from './staff-faq-routes.ts';

const API_BODY_LIMIT = '100kb';

/** `/api`: the REST API the LIFF pages use. Every route needs a verified LINE ID token. */
export function createApiRouter(options: { auth: AuthOptions; catalog: FaqCatalog }): Router {
  const router = Router();
  router.use(express.json({ limit: API_BODY_LIMIT }));
  router.use(authenticate(options.auth));
  router.get('/me', (_req, res) => {
    const actor = actorOf(res);
    res.json({ lineUserId: actor.lineUserId, name: actor.name, role: actor.role, officeCode: actor.officeCode ?? null });
  });
  router.use('/staff', requireRole('staff'), createStaffFaqRoutes(options.catalog));
  return router;
}
