import type { webhook } from '@line/bot-sdk';
import { recordUnfollow } from '../../../domain/users/line-user-directory.ts';
import type { EventContext } from '../event-context.ts';

/** An unfollow has no reply token and the user can no longer receive messages: only record it. */
export async function handleUnfollow(context: EventContext<webhook.UnfollowEvent>): Promise<void> {
  if (!context.lineUserId) return;
  await recordUnfollow(context.lineUserId, new Date(context.event.timestamp));
}
