import type { ChatContext } from '../../conversation/responder.ts';
import { startFlow } from '../start-flow.ts';
import { subscriptionFlow } from './subscription-flow.ts';
import { promptForSubscription } from './subscription-prompt.ts';
import type { SubscriptionState } from './subscription-state.ts';

/** Opens the flow for a new subscription, or to change only its area or only its topics. */
export async function startSubscriptionFlow(context: ChatContext, mode: SubscriptionState['mode'], topics: string[] = []): Promise<void> {
  const state: SubscriptionState = { mode, topics, topicsDone: false };
  const flowId = await startFlow(context, subscriptionFlow, state);
  if (!flowId) return;
  const prompt = await promptForSubscription(context, flowId, state);
  if (prompt) await context.reply(prompt);
}
