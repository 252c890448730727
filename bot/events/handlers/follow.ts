import type { webhook } from '@line/bot-sdk';
import { recordFollow } from '../../../domain/users/line-user-directory.ts';
import { buildWelcomeBackMessages, buildWelcomeMessages } from '../../messages/welcome-messages.ts';
import { buildPrivacyNotice } from '../../messages/privacy-messages.ts';
import { newsOfferOnFollow } from '../../postback/activity-news.ts';
import type { EventContext } from '../event-context.ts';

/** The first follow gets the welcome and the privacy notice (PDPA); an unblock, a short welcome back. */
export async function handleFollow(context: EventContext<webhook.FollowEvent>): Promise<void> {
  const { lineUserId, services, event } = context;
  if (!lineUserId) return;
  const profile = await services.lookupProfile(lineUserId);
  await recordFollow(lineUserId, profile, new Date(event.timestamp));
  if (event.follow.isUnblocked) {
    await context.reply(buildWelcomeBackMessages(profile?.displayName));
    await newsOfferOnFollow(context);
    return;
  }
  await context.reply([...buildWelcomeMessages(profile?.displayName), buildPrivacyNotice(services.settings.privacyNoticeUrl)]);
  await newsOfferOnFollow(context);
}
