import type { webhook } from '@line/bot-sdk';
import { chatInputOfPostback } from '../../conversation/chat-input.ts';
import { respond } from '../../conversation/responder.ts';
import type { EventContext } from '../event-context.ts';

/** Postback data is parsed once here; the chain offers it to the active flow first, then to the routes. */
export async function handlePostback(context: EventContext<webhook.PostbackEvent>): Promise<void> {
  if (context.event.source?.type !== 'user') return;
  await respond(context, chatInputOfPostback(context.event.postback));
}
