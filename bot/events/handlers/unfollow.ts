import type { webhook } from '@line/bot-sdk';
import { recordUnfollow } from '../../../domain/users/line-user-directory.ts';
import { stopSubscription } from '../../../domain/subscriptions/subscription-store.ts';
import type { EventContext } from '../event-context.ts';

/** An unfollow has no reply token and the user can no longer receive messages: only record it. */
export async function handleUnfollow(context: EventContext<webhook.UnfollowEvent>): Promise<void> {
  if (!context.lineUserId) return;
  await recordUnfollow(context.lineUserId, new Date(context.event.timestamp));
  // Activity news stops too, an officer's office news included; refollowing asks before it resumes.
  await stopSubscription(context.lineUserId, 'unfollow', new Date(context.event.timestamp));
}
