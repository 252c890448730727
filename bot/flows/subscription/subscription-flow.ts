import { matchAddressText } from '../../../domain/areas/address-text.ts';
import { resolveArea } from '../../../domain/areas/locate-area.ts';
import { isCancelWord } from '../../../domain/conversation/question-shape.ts';
import { findSubscription, saveSubscription } from '../../../domain/subscriptions/subscription-store.ts';
import type { ChatInput } from '../../conversation/chat-input.ts';
import { POSTBACK_ACTIONS } from '../../postback/postback-data.ts';
import { buildSubscriptionCancelled, buildSubscriptionExpired, buildSubscriptionStale } from '../../messages/subscription-messages.ts';
import { stateReader, type FlowDefinition, type FlowTurn, type FlowTurnContext } from '../flow-definition.ts';
import { applySubscriptionAnswer, subscriptionStateSchema, type SubscriptionAnswer, type SubscriptionState } from './subscription-state.ts';
import { promptForSubscription, replySummary } from './subscription-prompt.ts';

type Context = FlowTurnContext<SubscriptionState>;
type Turn = FlowTurn<SubscriptionState>;

/** «รับข่าวกิจกรรม»: place (district → sub-district or whole district, or a location) → topics → saved. */
export const subscriptionFlow: FlowDefinition<SubscriptionState> = {
  name: 'subscription',
  actionPrefix: 'sub.',
  ttlMs: 20 * 60_000,
  readState: stateReader(subscriptionStateSchema),
  handle: (context, input) => handleInput(context, input),
  staleMessages: buildSubscriptionStale,
  expiredMessages: buildSubscriptionExpired,
};

async function handleInput(context: Context, input: ChatInput): Promise<Turn> {
  if (input.kind === 'postback') return handlePostback(context, input.action, input.params);
  if (input.kind === 'location') return locate(context, { address: input.address, point: { latitude: input.latitude, longitude: input.longitude } });
  if (input.kind !== 'text') return { next: 'pass' };
  const text = input.text.trim();
  if (isCancelWord(text)) return cancel(context);
  // A typed place («ต.ทับตีเหล็ก», «อำเภอสามชุก») answers the place question; anything else goes to the rest of the chain.
  const match = matchAddressText(text, await context.services.cases.areas());
  if (match.kind !== 'inside' || context.state.mode === 'topics') return { next: 'pass' };
  return advance(context, match.subdistrictCode ? { type: 'area', districtCode: match.districtCode, subdistrictCode: match.subdistrictCode } : { type: 'district', districtCode: match.districtCode });
}

async function handlePostback(context: Context, action: string, params: Record<string, string>): Promise<Turn> {
  const A = POSTBACK_ACTIONS;
  const areas = await context.services.cases.areas();
  switch (action) {
    case A.subCancel:
      return cancel(context);
    case A.subDistrict:
      return areas.district(params.d ?? '') ? advance(context, { type: 'district', districtCode: params.d! }) : reprompt(context);
    case A.subSubdistrict: {
      const sub = areas.subdistrict(params.s ?? '');
      return sub ? advance(context, { type: 'area', districtCode: sub.districtCode, subdistrictCode: sub.code }) : reprompt(context);
    }
    case A.subWholeDistrict:
      return areas.district(params.d ?? '') ? advance(context, { type: 'area', districtCode: params.d! }) : reprompt(context);
    case A.subPickDistrict:
      return advance(context, { type: 'pick-district' });
    case A.subTopic:
      return advance(context, { type: 'toggle-topic', code: params.t ?? '' });
    case A.subAllTopics:
      return advance(context, { type: 'all-topics' });
    case A.subDone:
      return advance(context, { type: 'topics-done' });
    default:
      return { next: 'pass' };
  }
}

async function locate(context: Context, input: { address: string | undefined; point: { latitude: number; longitude: number } }): Promise<Turn> {
  const cases = context.services.cases;
  const resolved = resolveArea(input, await cases.areas(), await cases.offices());
  if (resolved.status === 'resolved') return advance(context, { type: 'area', districtCode: resolved.districtCode, subdistrictCode: resolved.subdistrictCode });
  if (resolved.status === 'district') return advance(context, { type: 'district', districtCode: resolved.districtCode });
  return reprompt(context, true);
}

async function advance(context: Context, answer: SubscriptionAnswer): Promise<Turn> {
  const state = applySubscriptionAnswer(context.state, answer);
  return reprompt({ ...context, state });
}

/** Asks for what is still missing, or saves and says what the person will receive. */
async function reprompt(context: Context, retry = false): Promise<Turn> {
  const prompt = await promptForSubscription(context, context.flowId, context.state, retry);
  if (prompt) {
    await context.reply(prompt);
    return { next: 'continue', state: context.state };
  }
  const lineUserId = context.lineUserId!;
  const current = await findSubscription(lineUserId);
  const area = context.state.area ?? current?.area;
  if (!area) return reprompt({ ...context, state: { ...context.state, mode: 'new' } });
  const saved = await saveSubscription(lineUserId, { area, topics: context.state.mode === 'area' ? (current?.topics ?? []) : context.state.topics }, context.services.cases.now());
  await replySummary(context, saved, true);
  return { next: 'end' };
}

async function cancel(context: Context): Promise<Turn> {
  await context.reply(buildSubscriptionCancelled());
  return { next: 'end' };
}
