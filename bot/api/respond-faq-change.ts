import type { Response } from 'express';
import type { FaqCatalog } from '../../domain/knowledge-base/faq-catalog.ts';
import { FaqIdTakenError, FaqNotFoundError } from '../../domain/knowledge-base/faq-admin.ts';
import { GroupClosedError, GroupNotFoundError } from '../../domain/knowledge-base/resolve-unanswered.ts';

/** Runs a knowledge-base change, makes it live on this instance, and maps the domain's errors to HTTP. */
export async function respondWithFaqChange(res: Response, catalog: FaqCatalog, status: number, change: () => Promise<unknown>): Promise<void> {
  try {
    const body = await change();
    await catalog.refresh();
    res.status(status).json(body);
  } catch (error) {
    if (error instanceof FaqNotFoundError) {
      res.status(404).json({ error: 'faq_not_found', message: 'ไม่พบคำถามที่พบบ่อยรายการนี้ค่ะ' });
      return;
    }
    if (error instanceof GroupNotFoundError) {
      res.status(404).json({ error: 'group_not_found', message: 'ไม่พบกลุ่มคำถามนี้ อาจมีเจ้าหน้าที่จัดการไปแล้วค่ะ' });
      return;
    }
    if (error instanceof GroupClosedError) {
      res.status(409).json({ error: 'group_closed', message: 'กลุ่มคำถามนี้มีเจ้าหน้าที่จัดการไปแล้วค่ะ' });
      return;
    }
    if (error instanceof FaqIdTakenError) {
      res.status(409).json({ error: 'faq_id_taken', message: 'รหัสนี้มีอยู่แล้ว กรุณาใช้รหัสอื่นค่ะ', fields: { id: 'รหัสนี้ถูกใช้แล้ว' } });
      return;
    }
    throw error;
  }
}
