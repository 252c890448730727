import type { webhook } from '@line/bot-sdk';
import { chatInputOfMessage } from '../../conversation/chat-input.ts';
import { respond } from '../../conversation/responder.ts';
import type { EventContext } from '../event-context.ts';

/** Every message type walks the same responder chain; groups and rooms get no chat service. */
export async function handleMessage(context: EventContext<webhook.MessageEvent>): Promise<void> {
  if (context.event.source?.type !== 'user') return;
  const input = chatInputOfMessage(context.event.message);
  if (input) await respond(context, input);
}
