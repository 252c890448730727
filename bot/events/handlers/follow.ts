import type { webhook } from '@line/bot-sdk';
import { recordFollow } from '../../../domain/users/line-user-directory.ts';
import { buildWelcomeMessages } from '../../messages/welcome-messages.ts';
import { newsOfferOnFollow } from '../../postback/activity-news.ts';
import type { EventContext } from '../event-context.ts';

export async function handleFollow(context: EventContext<webhook.FollowEvent>): Promise<void> {
  const { lineUserId, services, event } = context;
  if (!lineUserId) return;
  const profile = await services.lookupProfile(lineUserId);
  await recordFollow(lineUserId, profile, new Date(event.timestamp));
  await context.reply(buildWelcomeMessages(profile?.displayName));
  await newsOfferOnFollow(context);
}
