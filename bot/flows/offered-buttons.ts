import type { messagingApi } from '@line/bot-sdk';
import { readOfferedButtons, type OfferedButton } from '../../domain/flows/offered-buttons.ts';
import { parsePostbackData } from '../postback/postback-data.ts';
import type { ChatContext } from '../conversation/responder.ts';

/** Every postback button in outgoing messages: quick replies, template and flex buttons alike. */
function postbackButtonsIn(messages: readonly messagingApi.Message[]): OfferedButton[] {
  const found: OfferedButton[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const { type, label, data, displayText } = node as Record<string, unknown>;
    if (type === 'postback' && typeof label === 'string' && typeof data === 'string') {
      found.push({ label, data, ...(typeof displayText === 'string' ? { displayText } : {}) });
    }
    Object.values(node).forEach(visit);
  };
  visit(messages);
  return found;
}

/** The buttons one event's answer has sent, and how many of them its flow's save already stored. */
type Offering = { sent: OfferedButton[]; storedCount?: number };

/**
 * Keyed by the context the chain runs with, so the active flow reaches the buttons its turn
 * offered without a field on every event's context.
 */
const offerings = new WeakMap<ChatContext, Offering>();

/** The flow the buttons belong to (the last `f` sent) and its buttons; a button of another flow (one this event ended) is not its to offer. */
function offeredFlow(sent: readonly OfferedButton[]): { flowId: string; buttons: OfferedButton[] } | undefined {
  const flowOf = (button: OfferedButton) => parsePostbackData(button.data).params.f;
  const flowId = sent.map(flowOf).findLast((id) => id !== undefined);
  if (!flowId) return undefined;
  return { flowId, buttons: readOfferedButtons(sent.filter((button) => (flowOf(button) ?? flowId) === flowId)) };
}

/**
 * The buttons this event's answer has offered so far for `flowId`, for the flow's save to store in
 * the same write as its state (none offered: undefined, and the last ones stay). Once taken they
 * are not written again after the answer, unless more buttons follow.
 */
export function takeOfferedButtons(context: ChatContext, flowId: string): OfferedButton[] | undefined {
  const offering = offerings.get(context);
  const offered = offering ? offeredFlow(offering.sent) : undefined;
  if (!offering || offered?.flowId !== flowId) return undefined;
  offering.storedCount = offering.sent.length;
  return offered.buttons;
}

/**
 * Runs one event's answer and remembers the buttons it offered for the flow they belong to (their
 * `f`), so the next message can type one instead of tapping it (see active-flow-responder.ts).
 */
export async function rememberingOfferedButtons(context: ChatContext, answer: (context: ChatContext) => Promise<void>): Promise<void> {
  const offering: Offering = { sent: [] };
  const reply = async (messages: messagingApi.Message[]) => {
    offering.sent.push(...postbackButtonsIn(messages));
    await context.reply(messages);
  };
  const recording = { ...context, reply } as ChatContext;
  offerings.set(recording, offering);
  await answer(recording);
  const offered = offeredFlow(offering.sent);
  if (!offered || !context.lineUserId || offering.storedCount === offering.sent.length) return;
  await context.services.flows.offer(context.lineUserId, offered.flowId, offered.buttons);
}
