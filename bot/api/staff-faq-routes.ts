import { Router } from 'express';
import { faqEntrySchema } from '../../domain/faq/faq-entry-schema.ts';
import type { FaqCatalog } from '../../domain/knowledge-base/faq-catalog.ts';
import { createFaq, listFaqs, updateFaq } from '../../domain/knowledge-base/faq-admin.ts';
import { respondWithFaqChange } from './respond-faq-change.ts';
import { createStaffUnansweredRoutes } from './staff-unanswered-routes.ts';
import { parseOr400 } from './validate-body.ts';

const patchSchema = faqEntrySchema.omit({ id: true }).partial().strict();

/** Staff manage the knowledge base here; every change is live on this instance at once. */
export function createStaffFaqRoutes(catalog: FaqCatalog): Router {
  const router = Router();

  router.get('/faqs', async (req, res) => {
    const enabled = req.query.enabled === undefined ? undefined : req.query.enabled === 'true';
    const category = typeof req.query.category === 'string' ? req.query.category : undefined;
    res.json({ faqs: await listFaqs({ category, enabled }) });
  });

  router.post('/faqs', async (req, res) => {
    const entry = parseOr400(faqEntrySchema, req.body, res);
    if (!entry) return;
    await respondWithFaqChange(res, catalog, 201, async () => ({ faq: await createFaq(entry) }));
  });

  router.patch('/faqs/:faqId', async (req, res) => {
    const patch = parseOr400(patchSchema, req.body, res);
    if (!patch) return;
    await respondWithFaqChange(res, catalog, 200, async () => ({ faq: await updateFaq(req.params.faqId, patch) }));
  });

  router.use('/unanswered', createStaffUnansweredRoutes(catalog));

  return router;
}
