import { Router } from 'express';
import type { CaseService } from '../../domain/cases/case-service.ts';
import { listOfficeQueue, type QueueFilter } from '../../domain/cases/case-queries.ts';
import { officerRegistrationSchema } from '../../domain/forms/case-forms.ts';
import { redeemInvite } from '../../domain/users/invites.ts';
import { requireRole } from '../auth/require-actor.ts';
import { caseActorOf } from './case-actor.ts';
import { parseOr400, sendFieldErrors } from './validate-body.ts';

const REDEEM_ERRORS = {
  unknown: 'ไม่พบรหัสเชิญนี้ ตรวจสอบตัวเลข 6 หลักอีกครั้ง',
  used: 'รหัสเชิญนี้ถูกใช้ไปแล้ว ขอรหัสใหม่จากเจ้าหน้าที่ศูนย์ฯ',
  expired: 'รหัสเชิญนี้หมดอายุแล้ว (ใช้ได้ 7 วัน) ขอรหัสใหม่จากเจ้าหน้าที่ศูนย์ฯ',
} as const;

/** `/api/officer`: register with an invite code, and an office's queue. */
export function createOfficerRoutes(cases: CaseService): Router {
  const router = Router();
  router.post('/register', async (req, res) => {
    const form = parseOr400(officerRegistrationSchema, req.body, res);
    if (!form) return;
    const result = await redeemInvite(form.code, caseActorOf(res).lineUserId, cases.now());
    if (!result.ok) return sendFieldErrors(res, { code: REDEEM_ERRORS[result.reason] });
    const office = (await cases.offices()).byCode(result.invite.officeCode);
    res.json({ role: result.invite.role, officeCode: result.invite.officeCode, officeName: office?.name ?? null });
  });
  router.get('/queue', requireRole('officer', 'office-admin'), async (req, res) => {
    const actor = caseActorOf(res);
    const due = req.query.due === 'overdue' || req.query.due === 'soon' ? req.query.due : 'all';
    const filter: QueueFilter = { status: typeof req.query.status === 'string' ? req.query.status : undefined, due };
    const queue = await listOfficeQueue(actor.officeCode ?? '', filter, cases.now());
    res.json({ cases: await Promise.all(queue.map((stored) => cases.view(stored, actor))) });
  });
  return router;
}
