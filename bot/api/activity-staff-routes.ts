import { Router, type Request } from 'express';
import { activitiesInMonth, findActivity } from '../../domain/activities/activity-repository.ts';
import { ACTIVITY_STATUSES } from '../../domain/activities/activity-kinds.ts';
import { activityFormSchema, cancelActivitySchema, postponeActivitySchema, rescheduleActivitySchema } from '../../domain/activities/activity-forms.ts';
import { isMonth, monthOf, parseBangkokDateTime } from '../../domain/activities/activity-time.ts';
import { toActivityView } from '../../domain/activities/activity-view.ts';
import type { ActivityCommand } from '../../domain/activities/activity-transitions.ts';
import type { ActivityActor } from '../../domain/activities/activity-repository.ts';
import { actorOf } from '../auth/require-actor.ts';
import { answerActivityError, type ActivityApi } from './activity-api.ts';
import { parseOr400 } from './validate-body.ts';

function actor(res: Parameters<typeof actorOf>[0]): ActivityActor {
  const { lineUserId, role, name } = actorOf(res);
  return { lineUserId, role, name };
}

/** `/api/activities/manage` (staff and admins): the month view with every status, create, edit, publish, cancel, postpone, reschedule. */
export function createActivityStaffRoutes(api: ActivityApi): Router {
  const router = Router();
  const detail = async (id: string) => {
    const stored = await findActivity(id);
    if (!stored) return null;
    return { ...toActivityView(stored, await api.refs()), history: stored.history.map(({ at, action, reason, toStartAt, actor: who }) => ({ at, action, reason: reason ?? null, toStartAt: toStartAt ?? null, by: who.name ?? null })) };
  };
  router.get('/', async (req, res) => {
    const month = typeof req.query.month === 'string' && isMonth(req.query.month) ? req.query.month : monthOf(api.service.now());
    const refs = await api.refs();
    res.json({ month, activities: (await activitiesInMonth(month, ACTIVITY_STATUSES)).map((activity) => toActivityView(activity, refs)) });
  });
  router.get('/:id', async (req, res) => {
    const found = await detail(req.params.id);
    if (!found) return void res.status(404).json({ error: 'not_found', message: 'ไม่พบกิจกรรมนี้ค่ะ' });
    res.json({ activity: found });
  });
  router.post('/', async (req, res) => {
    // The form's own fields are checked alone, so their errors carry the names the page's inputs have.
    const form = parseOr400(activityFormSchema, req.body?.activity, res);
    if (!form) return;
    try {
      const stored = await api.service.create({ form, publish: req.body?.publish === true, actor: actor(res) });
      res.status(201).json({ activity: await detail(String(stored._id)) });
    } catch (error) {
      answerActivityError(res, error);
    }
  });
  router.put('/:id', async (req, res) => {
    const form = parseOr400(activityFormSchema, req.body?.activity, res);
    if (!form) return;
    try {
      await api.service.edit({ id: req.params.id, form, version: typeof req.body?.version === 'number' ? req.body.version : undefined, actor: actor(res) });
      res.json({ activity: await detail(req.params.id) });
    } catch (error) {
      answerActivityError(res, error);
    }
  });
  router.post('/:id/:action', async (req, res) => {
    const command = readCommand(req, res);
    if (!command) return;
    try {
      const version = typeof req.body?.version === 'number' ? req.body.version : undefined;
      await api.service.command({ id: req.params.id, command, version, actor: actor(res) });
      res.json({ activity: await detail(req.params.id) });
    } catch (error) {
      answerActivityError(res, error);
    }
  });
  return router;
}

/** The command in the path with its checked body; undefined when it answered 400/404. */
function readCommand(req: Request, res: Parameters<typeof actorOf>[0]): ActivityCommand | undefined {
  switch (req.params.action) {
    case 'publish':
      return { action: 'publish' };
    case 'cancel': {
      const form = parseOr400(cancelActivitySchema, req.body, res);
      return form && { action: 'cancel', reason: form.reason };
    }
    case 'postpone': {
      const form = parseOr400(postponeActivitySchema, req.body, res);
      return form && { action: 'postpone', reason: form.reason };
    }
    case 'reschedule': {
      const form = parseOr400(rescheduleActivitySchema, req.body, res);
      const startAt = form && parseBangkokDateTime(form.start);
      const endAt = form && parseBangkokDateTime(form.end);
      if (form && (!startAt || !endAt)) return void res.status(400).json({ error: 'validation_failed', message: 'วันเวลาไม่ถูกต้องค่ะ', fields: { start: 'วันเวลาไม่ถูกต้อง' } });
      return form && startAt && endAt ? { action: 'reschedule', startAt, endAt, reason: form.reason } : undefined;
    }
    default:
      res.status(404).json({ error: 'not_found', message: 'ไม่มีคำสั่งนี้ค่ะ' });
      return undefined;
  }
}
