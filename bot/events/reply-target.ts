import type { webhook } from '@line/bot-sdk';

/** The chat a push must go to when a reply is not possible: the user, or the group/room. */
export function replyTarget(source: webhook.Source | undefined): string | undefined {
  if (!source) return undefined;
  if (source.type === 'group') return (source as webhook.GroupSource).groupId;
  if (source.type === 'room') return (source as webhook.RoomSource).roomId;
  return (source as webhook.UserSource).userId;
}

export function sourceUserId(source: webhook.Source | undefined): string | undefined {
  return (source as { userId?: string } | undefined)?.userId;
}

export function replyTokenOf(event: webhook.Event): string | undefined {
  return (event as { replyToken?: string }).replyToken;
}
