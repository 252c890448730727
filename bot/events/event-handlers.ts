import type { webhook } from '@line/bot-sdk';
import type { EventHandler } from './event-context.ts';
import { handleFollow } from './handlers/follow.ts';
import { handleUnfollow } from './handlers/unfollow.ts';
import { handleMessage } from './handlers/message.ts';
import { handlePostback } from './handlers/postback.ts';
import { handleJoin } from './handlers/join.ts';
import { handleLeave } from './handlers/leave.ts';
import { handleUnsend } from './handlers/unsend.ts';

type HandlerMap = { [Type in webhook.Event['type']]?: EventHandler<Extract<webhook.Event, { type: Type }>> };

/** Every event type the bot acts on. LINE adds types over time; the rest are logged and acknowledged. */
export const eventHandlers: HandlerMap = {
  follow: handleFollow,
  unfollow: handleUnfollow,
  message: handleMessage,
  postback: handlePostback,
  join: handleJoin,
  leave: handleLeave,
  unsend: handleUnsend,
};
