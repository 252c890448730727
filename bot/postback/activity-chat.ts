import type { ChatContext } from '../conversation/responder.ts';
import type { ActivityRefs } from '../../domain/activities/activity-validation.ts';
import { whereaboutsOf, nearness, type Whereabouts } from '../../domain/subscriptions/person-place.ts';
import type { ListedActivity } from '../../domain/activities/activity-repository.ts';

/** The province's areas and offices, as the activity builders need them. */
export async function refsOf(context: ChatContext): Promise<ActivityRefs> {
  const [areas, offices] = await Promise.all([context.services.cases.areas(), context.services.cases.offices()]);
  return { areas, offices };
}

export async function whereIs(context: ChatContext, refs: ActivityRefs): Promise<Whereabouts> {
  return context.lineUserId ? whereaboutsOf(context.lineUserId, refs.offices) : { place: null, office: undefined, officer: false };
}

/** A mobile-unit visit takes questions and cases in advance from the people of the places it visits. */
export function visitIsFor(activity: Pick<ListedActivity, 'type' | 'status' | 'startAt' | 'areas'>, where: Whereabouts, refs: ActivityRefs, now: Date): boolean {
  if (activity.type !== 'mobile-unit' || activity.status !== 'published' || activity.startAt <= now) return false;
  const areas = activity.areas.map((area) => ({ scope: area.scope, code: area.code ?? undefined }));
  const near = nearness(areas, where, refs.offices);
  return near === 'subdistrict' || near === 'district';
}

/** «ดูทั้งหมด»: the LIFF list of the whole schedule (in LINE with LIFF_ID, on this server in local mode). */
export function scheduleListUrl(context: ChatContext): string | undefined {
  return context.services.liffPage('activities');
}
