import { Router, type Response } from 'express';
import { z } from 'zod';
import { faqEntrySchema } from '../../domain/faq/faq-entry-schema.ts';
import type { FaqCatalog } from '../../domain/knowledge-base/faq-catalog.ts';
import { addVariant, createFaq } from '../../domain/knowledge-base/faq-admin.ts';
import { dismissGroup, resolveGroupAsNewFaq, resolveGroupAsVariant, resolveQuestions } from '../../domain/knowledge-base/resolve-unanswered.ts';
import { listOpenGroups, InvalidCursorError } from '../../domain/knowledge-base/unanswered-list.ts';
import { parseOr400 } from './validate-body.ts';
import { respondWithFaqChange } from './respond-faq-change.ts';

const objectId = (message: string) => z.string().regex(/^[0-9a-f]{24}$/, message);
const groupId = objectId('รหัสกลุ่มคำถามไม่ถูกต้อง');
const questionIds = z.array(objectId('รหัสคำถามไม่ถูกต้อง')).min(1, 'เลือกคำถามอย่างน้อย 1 ข้อ');
const target = { groupId: groupId.optional(), questionIds: questionIds.optional() };
const oneTarget = (command: { groupId?: string; questionIds?: string[] }) => Boolean(command.groupId) !== Boolean(command.questionIds);
const targetIssue = { message: 'ต้องระบุกลุ่มคำถาม (groupId) อย่างใดอย่างหนึ่ง', path: ['groupId'] };

const resolveSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('add-variant'),
    ...target,
    faqId: z.string().min(1, 'ต้องระบุคำถามที่พบบ่อยที่จะเพิ่มเข้าไป'),
    wording: z.string().trim().min(1, 'ต้องมีข้อความคำถาม').max(300, 'ข้อความยาวเกิน 300 ตัวอักษร'),
  }).refine(oneTarget, targetIssue),
  z.object({ action: z.literal('create-faq'), ...target, entry: faqEntrySchema }).refine(oneTarget, targetIssue),
  z.object({ action: z.literal('dismiss'), groupId }),
]);

const listSchema = z.object({
  limit: z.coerce.number({ error: 'limit ต้องเป็นตัวเลข' }).int('limit ต้องเป็นจำนวนเต็ม').min(1, 'limit ต้องอย่างน้อย 1').max(200, 'limit ได้ไม่เกิน 200').default(50),
  cursor: z.string().max(200, 'cursor ไม่ถูกต้อง').optional(),
});

type ResolveCommand = z.infer<typeof resolveSchema>;

async function resolve(command: ResolveCommand): Promise<unknown> {
  if (command.action === 'dismiss') {
    await dismissGroup(command.groupId);
    return { dismissed: command.groupId };
  }
  if (command.action === 'add-variant') {
    if (command.groupId) return { faq: await resolveGroupAsVariant(command.groupId, command.faqId, command.wording) };
    const faq = await addVariant(command.faqId, command.wording);
    await resolveQuestions(command.questionIds ?? [], faq.id);
    return { faq };
  }
  if (command.groupId) return { faq: await resolveGroupAsNewFaq(command.groupId, command.entry) };
  const faq = await createFaq(command.entry);
  await resolveQuestions(command.questionIds ?? [], faq.id);
  return { faq };
}

function badCursor(res: Response): void {
  res.status(400).json({ error: 'validation_failed', message: 'ข้อมูลไม่ครบหรือไม่ถูกต้อง กรุณาตรวจสอบช่องที่ระบุค่ะ', fields: { cursor: 'cursor ไม่ถูกต้อง กรุณาเริ่มจากหน้าแรกค่ะ' } });
}

/** `/api/staff/unanswered`: groups of questions the bot could not answer, a page at a time, and what staff do with them. */
export function createStaffUnansweredRoutes(catalog: FaqCatalog): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const query = parseOr400(listSchema, req.query, res);
    if (!query) return;
    try {
      const page = await listOpenGroups(query);
      res.json({
        groups: page.groups.map(({ bestGuess, ...group }) => {
          const entry = bestGuess ? catalog.entry(bestGuess.faqId) : undefined;
          return { ...group, bestGuess: entry ? { faqId: entry.id, question: entry.question } : null };
        }),
        nextCursor: page.nextCursor,
      });
    } catch (error) {
      if (error instanceof InvalidCursorError) return badCursor(res);
      throw error;
    }
  });

  router.post('/resolve', async (req, res) => {
    const command = parseOr400(resolveSchema, req.body, res);
    if (!command) return;
    await respondWithFaqChange(res, catalog, command.action === 'create-faq' ? 201 : 200, () => resolve(command));
  });

  return router;
}
