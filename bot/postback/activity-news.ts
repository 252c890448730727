import { findSubscription, resumeSubscription, stopSubscription, syncOfficerSubscriptions } from '../../domain/subscriptions/subscription-store.ts';
import { placeName } from '../../domain/subscriptions/person-place.ts';
import { findUserRole } from '../../domain/users/line-user-directory.ts';
import type { ChatContext } from '../conversation/responder.ts';
import type { EventContext } from '../events/event-context.ts';
import { startSubscriptionFlow } from '../flows/subscription/start-subscription.ts';
import { replySummary } from '../flows/subscription/subscription-prompt.ts';
import { buildResumeOffer, buildStoppedMessages } from '../messages/subscription-messages.ts';
import type { PostbackRoute } from './postback-routes.ts';

/** An officer's default office subscription exists before they first ask about it. */
async function currentSubscription(context: ChatContext) {
  const offices = await context.services.cases.offices();
  await syncOfficerSubscriptionsFor(context, offices.all().map((office) => office.code));
  return findSubscription(context.lineUserId!);
}

async function syncOfficerSubscriptionsFor(context: ChatContext, officeCodes: string[]) {
  const role = await findUserRole(context.lineUserId!);
  if (role?.officeCode && officeCodes.includes(role.officeCode)) await syncOfficerSubscriptions([role.officeCode], context.services.cases.now());
}

/**
 * «รับข่าวกิจกรรม»: what the person receives and how to change it; someone who stopped (or
 * unfollowed and came back) is asked whether to resume; otherwise the choice starts.
 */
export const startNews: PostbackRoute = async (context) => {
  if (!context.lineUserId) return;
  const current = await currentSubscription(context);
  if (current?.status === 'active' && (current.area || current.officeCode)) return replySummary(context, current, false);
  if (current?.status === 'stopped' && (current.area || current.officeCode)) {
    return context.reply(buildResumeOffer({ placeName: current.area ? placeName({ place: current.area, office: undefined, officer: false }, await context.services.cases.areas()) : null, topics: current.topics }));
  }
  await startSubscriptionFlow(context, 'new');
};

export const changeNewsArea: PostbackRoute = async (context) => {
  const current = context.lineUserId ? await findSubscription(context.lineUserId) : null;
  await startSubscriptionFlow(context, current?.area && current.status === 'active' ? 'area' : 'new', current?.topics ?? []);
};

export const changeNewsTopics: PostbackRoute = async (context) => {
  const current = context.lineUserId ? await findSubscription(context.lineUserId) : null;
  await startSubscriptionFlow(context, current?.area && current.status === 'active' ? 'topics' : 'new', current?.topics ?? []);
};

/** «เลิกรับข่าว»: nothing more is sent, an officer's office news included, until they ask again. */
export const stopNews: PostbackRoute = async (context) => {
  if (!context.lineUserId) return;
  await currentSubscription(context);
  const wasActive = await stopSubscription(context.lineUserId, 'opt-out', context.services.cases.now());
  await context.reply(buildStoppedMessages(wasActive));
};

export const resumeNews: PostbackRoute = async (context) => {
  if (!context.lineUserId) return;
  const resumed = await resumeSubscription(context.lineUserId, context.services.cases.now());
  if (resumed && (resumed.area || resumed.officeCode)) return replySummary(context, resumed, true);
  await startSubscriptionFlow(context, 'new');
};

/** On refollow: nothing restarts by itself; someone whose news stopped with the unfollow is asked. */
export async function newsOfferOnFollow(context: Pick<EventContext, 'lineUserId' | 'services' | 'reply'>): Promise<void> {
  const current = context.lineUserId ? await findSubscription(context.lineUserId) : null;
  if (current?.status !== 'stopped' || current.stoppedReason !== 'unfollow' || !(current.area || current.officeCode)) return;
  const areas = await context.services.cases.areas();
  await context.reply(buildResumeOffer({ placeName: current.area ? placeName({ place: current.area, office: undefined, officer: false }, areas) : null, topics: current.topics }));
}
