import type { messagingApi, webhook } from '@line/bot-sdk';
import type { Logger } from '../../infra/logger.ts';
import type { Outbox } from '../../infra/outbox/outbox.ts';
import type { ConversationStore } from '../../domain/conversation/conversation-store.ts';
import type { ProfileLookup } from '../../domain/users/line-user-directory.ts';
import type { ContactRecorder } from '../../domain/users/contact-recorder.ts';
import type { FaqCatalog } from '../../domain/knowledge-base/faq-catalog.ts';

export type ContactSettings = { phone: string | undefined; address: string | undefined };

/** What handlers may use. Built once at start; handlers never construct clients themselves. */
export type BotServices = {
  outbox: Outbox;
  lookupProfile: ProfileLookup;
  recordContact: ContactRecorder;
  conversations: ConversationStore;
  faqCatalog: FaqCatalog;
  textResponders: TextResponder[];
  settings: { liffUrl: string | undefined; contact: ContactSettings };
};

export type EventContext<E extends webhook.Event = webhook.Event> = {
  event: E;
  webhookEventId: string;
  receivedAt: Date;
  /** The person behind the event, when LINE tells us (always in 1:1 chats). */
  lineUserId: string | undefined;
  services: BotServices;
  log: Logger;
  /** Answers the event: by reply while its token is fresh, by push otherwise. */
  reply(messages: messagingApi.Message[]): Promise<void>;
};

export type EventHandler<E extends webhook.Event> = (context: EventContext<E>) => Promise<void>;

/**
 * One link in the chain a text message walks: the first responder that returns true has
 * handled it (an active conversation flow, a command, the FAQ, and finally the fallback).
 */
export type TextResponder = (context: EventContext<webhook.MessageEvent>, text: string) => Promise<boolean>;
