import type { messagingApi } from '@line/bot-sdk';
import type { ChatContext } from '../../conversation/responder.ts';
import type { Subscription } from '../../../domain/subscriptions/subscription-store.ts';
import { placeName } from '../../../domain/subscriptions/person-place.ts';
import { buildDistrictChoice, buildSubdistrictChoice, buildSubscriptionSummary, buildTopicChoice } from '../../messages/subscription-messages.ts';
import { nextSubscriptionStep, type SubscriptionState } from './subscription-state.ts';

/** The question for the first thing still missing; null when everything is chosen. */
export async function promptForSubscription(context: ChatContext, flowId: string, state: SubscriptionState, retry = false): Promise<messagingApi.Message[] | null> {
  const flow = { flowId };
  const areas = await context.services.cases.areas();
  switch (nextSubscriptionStep(state)) {
    case 'district':
      return buildDistrictChoice(flow, areas.districts, retry);
    case 'subdistrict': {
      const district = areas.district(state.pickedDistrict!);
      return district ? buildSubdistrictChoice(flow, district) : buildDistrictChoice(flow, areas.districts);
    }
    case 'topics':
      return buildTopicChoice(flow, state.topics);
    case 'save':
      return null;
  }
}

export async function replySummary(context: ChatContext, subscription: Subscription, saved: boolean): Promise<void> {
  const [areas, offices] = await Promise.all([context.services.cases.areas(), context.services.cases.offices()]);
  const office = subscription.officeCode ? offices.byCode(subscription.officeCode) : undefined;
  await context.reply(buildSubscriptionSummary({
    placeName: subscription.area ? placeName({ place: subscription.area, office: undefined, officer: false }, areas) : null,
    officeName: office?.name ?? null,
    topics: subscription.topics,
  }, saved));
}
