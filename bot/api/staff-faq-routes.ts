import { Router, type Response } from 'express';
import { z } from 'zod';
import { faqEntrySchema } from '../../domain/faq/faq-entry-schema.ts';
import type { FaqCatalog } from '../../domain/knowledge-base/faq-catalog.ts';
import {
  FaqIdTakenError,
  FaqNotFoundError,
  addQuestionAsVariant,
  createFaq,
  createFaqFromQuestions,
  listFaqs,
  listUnansweredGroups,
  updateFaq,
} from '../../domain/knowledge-base/faq-admin.ts';
import { parseOr400 } from './validate-body.ts';

const patchSchema = faqEntrySchema.omit({ id: true }).partial().strict();
const objectId = z.string().regex(/^[0-9a-f]{24}$/, 'รหัสคำถามไม่ถูกต้อง');
const resolveSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('add-variant'),
    questionIds: z.array(objectId).min(1, 'เลือกคำถามอย่างน้อย 1 ข้อ'),
    faqId: z.string().min(1, 'ต้องระบุคำถามที่พบบ่อยที่จะเพิ่มเข้าไป'),
    wording: z.string().trim().min(1, 'ต้องมีข้อความคำถาม').max(300, 'ข้อความยาวเกิน 300 ตัวอักษร'),
  }),
  z.object({ action: z.literal('create-faq'), questionIds: z.array(objectId).min(1, 'เลือกคำถามอย่างน้อย 1 ข้อ'), entry: faqEntrySchema }),
]);

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
    await respond(res, catalog, 201, () => createFaq(entry));
  });

  router.patch('/faqs/:faqId', async (req, res) => {
    const patch = parseOr400(patchSchema, req.body, res);
    if (!patch) return;
    await respond(res, catalog, 200, () => updateFaq(req.params.faqId, patch));
  });

  router.get('/unanswered', async (req, res) => {
    const limit = Math.min(200, Math.max(1, Number(req.query.limit) || 50));
    const groups = await listUnansweredGroups(limit);
    res.json({
      groups: groups.map((group) => ({
        title: group.representative.text,
        count: group.questions.length,
        lastAskedAt: group.lastAskedAt,
        questionIds: group.questions.map((question) => question.id),
        examples: group.questions.slice(0, 5).map((question) => question.text),
      })),
    });
  });

  router.post('/unanswered/resolve', async (req, res) => {
    const command = parseOr400(resolveSchema, req.body, res);
    if (!command) return;
    const status = command.action === 'create-faq' ? 201 : 200;
    await respond(res, catalog, status, () =>
      command.action === 'add-variant'
        ? addQuestionAsVariant(command.questionIds, command.faqId, command.wording)
        : createFaqFromQuestions(command.questionIds, command.entry),
    );
  });

  return router;
}

async function respond(res: Response, catalog: FaqCatalog, status: number, change: () => Promise<unknown>): Promise<void> {
  try {
    const faq = await change();
    await catalog.refresh();
    res.status(status).json({ faq });
  } catch (error) {
    if (error instanceof FaqNotFoundError) {
      res.status(404).json({ error: 'faq_not_found', message: 'ไม่พบคำถามที่พบบ่อยรายการนี้ค่ะ' });
      return;
    }
    if (error instanceof FaqIdTakenError) {
      res.status(409).json({ error: 'faq_id_taken', message: 'รหัสนี้มีอยู่แล้ว กรุณาใช้รหัสอื่นค่ะ', fields: { id: 'รหัสนี้ถูกใช้แล้ว' } });
      return;
    }
    throw error;
  }
}
