import type { webhook } from '@line/bot-sdk';
import { buildGroupGreetingMessages } from '../../messages/fallback-messages.ts';
import type { EventContext } from '../event-context.ts';

export async function handleJoin(context: EventContext<webhook.JoinEvent>): Promise<void> {
  await context.reply(buildGroupGreetingMessages());
}
