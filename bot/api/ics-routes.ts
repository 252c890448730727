import { Router } from 'express';
import { createEvent, type DateArray } from 'ics';
import { findActivity, idOf, type StoredActivity } from '../../domain/activities/activity-repository.ts';
import { toActivityView } from '../../domain/activities/activity-view.ts';
import type { ActivityApi } from './activity-api.ts';

function utcParts(date: Date): DateArray {
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
}

/** The activity as one calendar event; a new date raises SEQUENCE so phones update the event they saved. */
export function activityIcs(activity: StoredActivity, areaLabel: string): string {
  const reschedules = activity.history.filter((entry) => entry.action === 'reschedule').length;
  const { error, value } = createEvent({
    uid: `${idOf(activity)}@clinic-center`,
    title: activity.title,
    description: [activity.description, `ผู้จัด: ${activity.organiser}`].filter(Boolean).join('\n'),
    location: [activity.venue.name, activity.venue.address, areaLabel].filter(Boolean).join(', '),
    start: utcParts(activity.startAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcParts(activity.endAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: activity.status === 'cancelled' ? 'CANCELLED' : activity.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED',
    sequence: reschedules + (activity.status === 'cancelled' ? 1 : 0),
    productId: 'clinic-center-bot',
    ...(typeof activity.venue.location?.latitude === 'number' && typeof activity.venue.location.longitude === 'number' ? { geo: { lat: activity.venue.location.latitude, lon: activity.venue.location.longitude } } : {}),
  });
  if (error || !value) throw error ?? new Error('ics produced nothing');
  return value;
}

/**
 * `/calendar/activities/:id.ics`, public like the schedule itself (a phone's calendar app fetches
 * it without LINE): only activities that were published, never a draft.
 */
export function createIcsRoutes(api: ActivityApi): Router {
  const router = Router();
  router.get('/calendar/activities/:file', async (req, res) => {
    const id = /^([0-9a-f]{24})\.ics$/.exec(req.params.file)?.[1];
    const activity = id ? await findActivity(id) : null;
    if (!activity || activity.status === 'draft') return void res.status(404).type('text/plain; charset=utf-8').send('ไม่พบกิจกรรมนี้');
    const view = toActivityView(activity, await api.refs());
    res
      .type('text/calendar; charset=utf-8')
      .set('content-disposition', `attachment; filename="activity-${id}.ics"`)
      .set('cache-control', 'public, max-age=300')
      .send(activityIcs(activity, view.areaLabel));
  });
  return router;
}
