import type { messagingApi, webhook } from '@line/bot-sdk';
import { lazyChild, type Logger } from '../../infra/logger.ts';
import type { EventDispatcher, StoredEvent } from '../inbox/inbox-worker.ts';
import type { BotServices, EventContext, EventHandler } from './event-context.ts';
import { replyTarget, replyTokenOf, sourceUserId } from './reply-target.ts';
import { eventHandlers } from './event-handlers.ts';
import type { FloodGuard } from '../inbox/flood-guard.ts';
import type { LoadingIndicator } from '../../infra/line/loading-indicator.ts';
import { buildFloodNotice } from '../messages/flood-messages.ts';

/** Flood control and the loading animation; both optional so tests can dispatch bare. */
export type DispatchGuards = { flood?: FloodGuard; loading?: LoadingIndicator };

/** An answer still being worked on after this long gets LINE's loading animation. */
const LOADING_AFTER_MS = 1_000;

/** Routes a stored event to the handler for its type; unknown types are logged and acknowledged. */
export function createEventDispatcher(services: BotServices, logger: Logger, guards: DispatchGuards = {}): EventDispatcher {
  return async (stored: StoredEvent) => {
    const { event } = stored;
    const log = lazyChild(logger, { webhookEventId: stored.webhookEventId, eventType: event.type });
    if (event.mode === 'standby') {
      log.info('standby event: another channel owns this chat, nothing is sent');
      return;
    }
    const handler = eventHandlers[event.type] as EventHandler<webhook.Event> | undefined;
    if (!handler) {
      log.info('no handler for this event type; acknowledged');
      return;
    }
    const lineUserId = sourceUserId(event.source);
    const flood = lineUserId && guards.flood ? guards.flood.admit(lineUserId, event) : 'handle';
    if (flood !== 'handle') {
      log.info({ flood }, 'flood control: not handled');
      if (flood === 'notify') await sendReplies(stored, services, [buildFloodNotice()]);
      return;
    }
    const replies: messagingApi.Message[] = [];
    const loading = event.source?.type === 'user' && lineUserId && guards.loading ? showLoadingIfSlow(guards.loading, lineUserId) : null;
    try {
      if (lineUserId && event.type !== 'follow' && event.type !== 'unfollow') {
        await services.recordContact(lineUserId, new Date(event.timestamp));
      }
      await handler(buildContext(stored, services, log, lineUserId, replies));
    } finally {
      if (loading) clearTimeout(loading);
    }
    await sendReplies(stored, services, replies);
  };
}

/** The person sees LINE's "typing" dots while a slow answer (a photo download, a busy moment) is prepared. */
function showLoadingIfSlow(loading: LoadingIndicator, chatId: string): NodeJS.Timeout {
  const timer = setTimeout(() => loading.show(chatId), LOADING_AFTER_MS);
  timer.unref();
  return timer;
}

/**
 * Handlers only gather what they answer; it is sent once, after the handler finished, so one
 * event costs one reply (a second reply would find its token used and fall back to a paid push),
 * and a handler that fails half-way sends nothing before its retry.
 */
function buildContext(
  stored: StoredEvent,
  services: BotServices,
  log: Logger,
  lineUserId: string | undefined,
  replies: messagingApi.Message[],
): EventContext {
  const { event, webhookEventId, receivedAt } = stored;
  const reply = async (messages: messagingApi.Message[]) => {
    replies.push(...messages);
  };
  return { event, webhookEventId, receivedAt, lineUserId, services, log, reply };
}

async function sendReplies(stored: StoredEvent, services: BotServices, messages: messagingApi.Message[]): Promise<void> {
  const { event, webhookEventId, receivedAt } = stored;
  const to = replyTarget(event.source);
  if (!to || messages.length === 0) return;
  // The same event processed again yields the same key, so the outbox keeps one copy.
  const dedupeKey = `event:${webhookEventId}:0`;
  const replyToken = replyTokenOf(event);
  if (replyToken) await services.outbox.reply({ dedupeKey, replyToken, receivedAt, to, messages });
  else await services.outbox.push({ dedupeKey, to, messages });
}
