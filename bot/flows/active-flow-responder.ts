import { chatInputOfPostback, type ChatInput } from '../conversation/chat-input.ts';
import { runChain, type ChatContext, type Responder } from '../conversation/responder.ts';
import type { AnyFlowDefinition } from './flow-definition.ts';
import { takeOfferedButtons } from './offered-buttons.ts';
import { typedButtonData } from '../../domain/flows/offered-buttons.ts';
import type { StoredFlow } from '../../domain/flows/flow-store.ts';
import { soundsLikeEmergency } from '../../domain/conversation/emergency.ts';
import { buildEmergencyMessages } from '../messages/contact-messages.ts';

/**
 * The first link of the chain: the person's active flow sees every input first. A tap on a
 * button of a flow that is no longer running changes nothing and says what it was for. Typing the
 * label of a button the running flow last offered is that tap: the same postback, through the
 * same flow and postback routes (and so the same role and office checks).
 */
export function createActiveFlowResponder(flows: AnyFlowDefinition[], rest: () => readonly Responder[]): Responder {
  const byName = new Map(flows.map((flow) => [flow.name, flow]));
  const ownerOf = (input: ChatInput) =>
    input.kind === 'postback' ? flows.find((flow) => input.action.startsWith(flow.actionPrefix)) : undefined;

  const answer = async (context: ChatContext, input: ChatInput, stored: StoredFlow | null): Promise<boolean> => {
    const lineUserId = context.lineUserId!;
    const store = context.services.flows;
    const definition = stored ? byName.get(stored.flow) : undefined;
    if (stored && (stored.expired || !definition)) {
      await store.end(lineUserId, stored.flowId);
      if (definition) await context.reply(definition.expiredMessages());
      return answerStale(context, input, ownerOf(input));
    }
    const owner = ownerOf(input);
    const state = stored && definition ? definition.readState(stored.state) : null;
    if (!stored || !definition || state === null) {
      if (stored) await store.end(lineUserId, stored.flowId);
      return answerStale(context, input, owner);
    }
    if (owner && (owner !== definition || input.kind !== 'postback' || input.params.f !== stored.flowId)) {
      return answerStale(context, input, owner);
    }
    // An emergency gets the numbers at once, whatever the flow was waiting for; the flow still sees the message.
    if (input.kind === 'text' && soundsLikeEmergency(input.text)) await context.reply(buildEmergencyMessages());
    const answerAside = (aside: ChatInput) => runChain(rest(), context, aside);
    const turn = await definition.handle({ ...context, flowId: stored.flowId, state, answerAside }, input);
    if (turn.next === 'pass') return false;
    if (turn.next === 'leave') {
      await store.end(lineUserId, stored.flowId);
      return false;
    }
    if (turn.next === 'end') await store.end(lineUserId, stored.flowId);
    // The buttons this turn offered go in the same write as its state, not in one of their own after it.
    else await store.save(lineUserId, stored.flowId, turn.state, definition.ttlMs, takeOfferedButtons(context, stored.flowId));
    return true;
  };

  return async (context, input) => {
    if (!context.lineUserId) return false;
    const stored = await context.services.flows.load(context.lineUserId);
    const definition = stored && !stored.expired ? byName.get(stored.flow) : undefined;
    const tap = stored && definition ? typedTap(input, stored, definition) : undefined;
    if (!tap) return answer(context, input, stored);
    // A typed tap the flow passes on goes down the chain as the tap, not as the words.
    return (await answer(context, tap, stored)) || runChain(rest(), context, tap);
  };
}

function typedTap(input: ChatInput, stored: StoredFlow, definition: AnyFlowDefinition): ChatInput | undefined {
  if (input.kind !== 'text') return undefined;
  const data = typedButtonData(input.text, stored.offered, definition.typedAliases);
  return data === undefined ? undefined : chatInputOfPostback({ data });
}

async function answerStale(context: ChatContext, input: ChatInput, owner: AnyFlowDefinition | undefined): Promise<boolean> {
  if (!owner || input.kind !== 'postback') return false;
  await context.reply(owner.staleMessages());
  return true;
}
