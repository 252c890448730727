import { activitiesBetween, findActivity, idOf } from '../../domain/activities/activity-repository.ts';
import { addMonths, monthOf, monthRange } from '../../domain/activities/activity-time.ts';
import { toActivityView } from '../../domain/activities/activity-view.ts';
import { isForPublic } from '../../domain/activities/activity-kinds.ts';
import { registerForActivity, registeredAmong, unregisterFromActivity } from '../../domain/activities/registration.ts';
import { rateActivity } from '../../domain/activities/ratings.ts';
import { nearness, placeName } from '../../domain/subscriptions/person-place.ts';
import { buildScheduleReply } from '../messages/activity-schedule-messages.ts';
import { buildRegistrationReply } from '../messages/activity-registration-messages.ts';
import { buildRatingReply, buildVisitRefusal } from '../messages/activity-visit-messages.ts';
import { startIntake } from '../flows/case-intake/start-intake.ts';
import { startVisitQuestion } from '../flows/activity-visit/start-visit-question.ts';
import { refsOf, scheduleListUrl, visitIsFor, whereIs } from './activity-chat.ts';
import type { PostbackRoute } from './postback-routes.ts';

/**
 * «ตารางกิจกรรม» (the rich menu's «กิจกรรมเดือนนี้», or typed): the published activities of this
 * month and next that have not started yet, near the person (their news area or office), else all.
 */
export const showSchedule: PostbackRoute = async (context) => {
  const now = context.services.cases.now();
  const months = [monthOf(now), addMonths(monthOf(now), 1)];
  const refs = await refsOf(context);
  const where = await whereIs(context, refs);
  const known = where.place !== null || where.office !== undefined;
  const upcoming = await activitiesBetween(now, monthRange(months[1]!).to, ['published']);
  const shown = upcoming.filter((activity) => {
    if (!where.officer && !isForPublic(activity.audience)) return false;
    return !known || nearness(activity.areas.map((area) => ({ scope: area.scope, code: area.code ?? undefined })), where, refs.offices) !== null;
  });
  const ids = shown.map(idOf);
  const registeredIds = context.lineUserId ? await registeredAmong(ids, context.lineUserId) : new Set<string>();
  const visitIds = new Set(shown.filter((activity) => visitIsFor(activity, where, refs, now)).map(idOf));
  await context.reply(buildScheduleReply(months, shown.map((activity) => toActivityView(activity, refs)), {
    ...context.services.activityLinks,
    listUrl: scheduleListUrl(context),
    registeredIds,
    visitIds,
    placeName: known ? placeName(where, refs.areas) : null,
  }));
};

export const registerFromCard: PostbackRoute = async (context, params) => {
  if (!context.lineUserId || !params.a) return;
  const { outcome, activity } = await registerForActivity(params.a, context.lineUserId, context.services.cases.now());
  await context.reply(buildRegistrationReply(outcome, activity ? toActivityView(activity, await refsOf(context)) : null, context.services.activityLinks));
};

export const unregisterFromCard: PostbackRoute = async (context, params) => {
  if (!context.lineUserId || !params.a) return;
  const { outcome, activity } = await unregisterFromActivity(params.a, context.lineUserId);
  await context.reply(buildRegistrationReply(outcome, activity ? toActivityView(activity, await refsOf(context)) : null, context.services.activityLinks));
};

export const rateFromPrompt: PostbackRoute = async (context, params) => {
  if (!context.lineUserId || !params.a) return;
  const outcome = await rateActivity({ activityId: params.a, lineUserId: context.lineUserId, score: Number(params.s), now: context.services.cases.now() });
  await context.reply(buildRatingReply(outcome, Number(params.s)));
};

/** «ส่งคำถามล่วงหน้า» / «แจ้งเรื่องล่วงหน้า» on a mobile-unit visit: only for the places it visits. */
async function visitFor(context: Parameters<PostbackRoute>[0], activityId: string | undefined) {
  const activity = activityId ? await findActivity(activityId) : null;
  if (!activity) return null;
  const refs = await refsOf(context);
  if (visitIsFor(activity, await whereIs(context, refs), refs, context.services.cases.now())) return activity;
  await context.reply(buildVisitRefusal(toActivityView(activity, refs)));
  return null;
}

export const askVisitAhead: PostbackRoute = async (context, params) => {
  const visit = await visitFor(context, params.a);
  if (visit) await startVisitQuestion(context, toActivityView(visit, await refsOf(context)));
};

export const openCaseForVisit: PostbackRoute = async (context, params) => {
  const visit = await visitFor(context, params.a);
  if (visit) await startIntake(context, { kind: 'problem', activityId: idOf(visit) });
};
