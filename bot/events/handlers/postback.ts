import type { webhook } from '@line/bot-sdk';
import { parsePostbackData } from '../../postback/postback-data.ts';
import { postbackRoutes } from '../../postback/postback-routes.ts';
import type { EventContext } from '../event-context.ts';

/** Postback data is parsed once here and dispatched by its action. */
export async function handlePostback(context: EventContext<webhook.PostbackEvent>): Promise<void> {
  const postback = parsePostbackData(context.event.postback.data);
  const route = postbackRoutes[postback.action];
  if (!route) {
    context.log.warn({ action: postback.action }, 'unknown postback action');
    return;
  }
  await route(context, postback.params);
}
