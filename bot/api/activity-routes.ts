import { Router } from 'express';
import { activitiesInMonth, findActivity, idOf } from '../../domain/activities/activity-repository.ts';
import { addMonths, isMonth, monthOf } from '../../domain/activities/activity-time.ts';
import { toActivityView } from '../../domain/activities/activity-view.ts';
import { activityTopics } from '../../domain/activities/activity-topics.ts';
import { ACTIVITY_AUDIENCES, ACTIVITY_STATUSES, ACTIVITY_TYPES, AUDIENCE_NAMES, STATUS_NAMES, TYPE_NAMES } from '../../domain/activities/activity-kinds.ts';
import { registerForActivity, registeredAmong, unregisterFromActivity } from '../../domain/activities/registration.ts';
import { actorOf, requireRole } from '../auth/require-actor.ts';
import { REGISTRATION_REPLIES } from '../messages/activity-registration-messages.ts';
import type { ActivityApi } from './activity-api.ts';
import { createActivityStaffRoutes } from './activity-staff-routes.ts';
import { createActivityVisitRoutes } from './activity-visit-routes.ts';

const PUBLIC = ['published', 'postponed', 'cancelled'] as const;

/** `/api/activities`: the schedule for everyone (with my registrations), and the staff's management routes. */
export function createActivityRoutes(api: ActivityApi): Router {
  const router = Router();
  router.get('/reference', (_req, res) => {
    res.set('cache-control', 'private, max-age=3600').json({
      topics: activityTopics(),
      types: ACTIVITY_TYPES.map((code) => ({ code, name: TYPE_NAMES[code] })),
      audiences: ACTIVITY_AUDIENCES.map((code) => ({ code, name: AUDIENCE_NAMES[code] })),
      statuses: ACTIVITY_STATUSES.map((code) => ({ code, name: STATUS_NAMES[code] })),
    });
  });
  router.use('/manage', requireRole('staff', 'admin'), createActivityStaffRoutes(api));
  router.get('/', async (req, res) => {
    const from = typeof req.query.month === 'string' && isMonth(req.query.month) ? req.query.month : monthOf(api.service.now());
    const months = [from, addMonths(from, 1)];
    const refs = await api.refs();
    const me = actorOf(res).lineUserId;
    const listed = (await Promise.all(months.map((month) => activitiesInMonth(month, PUBLIC)))).flat();
    const mine = await registeredAmong(listed.map(idOf), me);
    res.json({ months, activities: listed.map((activity) => ({ ...toActivityView(activity, refs), registered: mine.has(idOf(activity)) })) });
  });
  router.use(createActivityVisitRoutes(api));
  router.get('/:id', async (req, res) => {
    const stored = await findActivity(req.params.id);
    if (!stored || stored.status === 'draft') return void res.status(404).json({ error: 'not_found', message: 'ไม่พบกิจกรรมนี้ค่ะ' });
    res.json({ activity: { ...toActivityView(stored, await api.refs()), registered: stored.registrants.includes(actorOf(res).lineUserId) } });
  });
  router.post('/:id/registration', async (req, res) => {
    const { outcome, activity } = await registerForActivity(req.params.id, actorOf(res).lineUserId, api.service.now());
    const status = outcome === 'registered' || outcome === 'already' ? 200 : outcome === 'not_found' ? 404 : 409;
    res.status(status).json({ outcome, message: REGISTRATION_REPLIES[outcome], ...(activity ? { activity: { ...toActivityView(activity, await api.refs()), registered: outcome === 'registered' || outcome === 'already' } } : {}) });
  });
  router.delete('/:id/registration', async (req, res) => {
    const { outcome, activity } = await unregisterFromActivity(req.params.id, actorOf(res).lineUserId);
    res.status(outcome === 'not_found' ? 404 : 200).json({ outcome, message: REGISTRATION_REPLIES[outcome], ...(activity ? { activity: { ...toActivityView(activity, await api.refs()), registered: false } } : {}) });
  });
  return router;
}
