import { Router } from 'express';
import type { CaseService } from '../../domain/cases/case-service.ts';
import { inviteSchema } from '../../domain/forms/case-forms.ts';
import { createInvite, listInvites, type Invite } from '../../domain/users/invites.ts';
import { caseActorOf } from './case-actor.ts';
import { parseOr400, sendFieldErrors } from './validate-body.ts';

/**
 * `/api/staff/invites`: Clinic Center staff invite anyone to any office; an office admin invites
 * officers of their own office only (checked here, whatever the page sends).
 */
export function createInviteRoutes(cases: CaseService): Router {
  const router = Router();
  const present = async (invite: Invite) => ({ ...invite, officeName: (await cases.offices()).byCode(invite.officeCode)?.name ?? invite.officeCode });
  router.get('/', async (_req, res) => {
    const actor = caseActorOf(res);
    const invites = await listInvites(actor.role === 'office-admin' ? { officeCode: actor.officeCode } : {});
    res.json({ invites: await Promise.all(invites.map(present)) });
  });
  router.post('/', async (req, res) => {
    const form = parseOr400(inviteSchema, req.body, res);
    if (!form) return;
    const actor = caseActorOf(res);
    if (actor.role === 'office-admin' && (form.officeCode !== actor.officeCode || form.role !== 'officer')) {
      res.status(403).json({ error: 'forbidden', message: 'หัวหน้าหน่วยงานเชิญได้เฉพาะเจ้าหน้าที่ของหน่วยงานตัวเองค่ะ' });
      return;
    }
    if (!(await cases.offices()).byCode(form.officeCode)) return sendFieldErrors(res, { officeCode: 'ไม่พบหน่วยงานนี้' });
    const invite = await createInvite({ ...form, createdBy: actor.lineUserId, now: cases.now() });
    res.status(201).json({ invite: await present(invite) });
  });
  return router;
}
