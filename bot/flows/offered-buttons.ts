import type { messagingApi } from '@line/bot-sdk';
import { readOfferedButtons, type OfferedButton } from '../../domain/flows/offered-buttons.ts';
import { parsePostbackData } from '../postback/postback-data.ts';
import type { ChatContext } from '../conversation/responder.ts';

/** Every postback button in outgoing messages: quick replies, template and flex buttons alike. */
export function postbackButtonsIn(messages: readonly messagingApi.Message[]): OfferedButton[] {
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

/**
 * Runs one event's answer and remembers the buttons it offered for the flow they belong to (their
 * `f`), so the next message can type one instead of tapping it (see active-flow-responder.ts).
 */
export async function rememberingOfferedButtons(context: ChatContext, answer: (context: ChatContext) => Promise<void>): Promise<void> {
  const sent: OfferedButton[] = [];
  const reply = async (messages: messagingApi.Message[]) => {
    sent.push(...postbackButtonsIn(messages));
    await context.reply(messages);
  };
  await answer({ ...context, reply } as ChatContext);
  const flowId = sent.map((button) => parsePostbackData(button.data).params.f).findLast((id) => id !== undefined);
  if (!flowId || !context.lineUserId) return;
  // A button of another flow (one this event ended) is not this flow's to offer.
  const offered = sent.filter((button) => (parsePostbackData(button.data).params.f ?? flowId) === flowId);
  await context.services.flows.offer(context.lineUserId, flowId, readOfferedButtons(offered));
}
