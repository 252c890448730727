import type { webhook } from '@line/bot-sdk';
import { buildUnsupportedMediaMessages } from '../../messages/fallback-messages.ts';
import type { EventContext } from '../event-context.ts';

export async function handleMessage(context: EventContext<webhook.MessageEvent>): Promise<void> {
  const message = context.event.message;
  if (message.type === 'text') {
    await respondToText(context, (message as webhook.TextMessageContent).text);
    return;
  }
  if (context.event.source?.type !== 'user') return;
  const kind = message.type;
  if (kind === 'image' || kind === 'video' || kind === 'audio' || kind === 'file' || kind === 'location' || kind === 'sticker') {
    await context.reply(buildUnsupportedMediaMessages(kind));
  }
}

/** Walks the text responders in order; the last one (fallback) always answers. */
async function respondToText(context: EventContext<webhook.MessageEvent>, text: string): Promise<void> {
  if (context.event.source?.type !== 'user') return;
  for (const responder of context.services.textResponders) {
    if (await responder(context, text)) return;
  }
}
