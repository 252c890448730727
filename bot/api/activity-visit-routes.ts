import { Router } from 'express';
import { findActivity } from '../../domain/activities/activity-repository.ts';
import { toActivityView } from '../../domain/activities/activity-view.ts';
import { isVisitTeam, visitInbox } from '../../domain/activities/visit-inbox.ts';
import { actorOf } from '../auth/require-actor.ts';
import type { ActivityApi } from './activity-api.ts';

/** `/api/activities/:id/visit`: the questions and cases sent ahead of a mobile-unit visit, for its team only. */
export function createActivityVisitRoutes(api: ActivityApi): Router {
  const router = Router();
  router.get('/:id/visit', async (req, res) => {
    const stored = await findActivity(req.params.id);
    if (!stored || stored.type !== 'mobile-unit') return void res.status(404).json({ error: 'not_found', message: 'ไม่พบหน่วยบริการเคลื่อนที่นี้ค่ะ' });
    const refs = await api.refs();
    if (!isVisitTeam(actorOf(res), stored, refs.offices)) return void res.status(403).json({ error: 'forbidden', message: 'หน้านี้สำหรับทีมหน่วยบริการเคลื่อนที่และเจ้าหน้าที่ศูนย์ฯ ค่ะ' });
    res.json({ activity: toActivityView(stored, refs), ...(await visitInbox(req.params.id)) });
  });
  return router;
}
