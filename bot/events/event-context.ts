import type { messagingApi, webhook } from '@line/bot-sdk';
import type { Logger } from '../../infra/logger.ts';
import type { Outbox } from '../../infra/outbox/outbox.ts';
import type { ConversationStore } from '../../domain/conversation/conversation-store.ts';
import type { ProfileLookup } from '../../domain/users/line-user-directory.ts';
import type { ContactRecorder } from '../../domain/users/contact-recorder.ts';
import type { FaqCatalog } from '../../domain/knowledge-base/faq-catalog.ts';
import type { FlowStore } from '../../domain/flows/flow-store.ts';
import type { Responder } from '../conversation/responder.ts';
import type { CaseService } from '../../domain/cases/case-service.ts';
import type { PhotoUrl } from '../messages/case-card.ts';
import type { CardLinks } from '../messages/activity-card.ts';
import type { ConsultationDelivery } from '../notifications/consultation-delivery.ts';
import type { ClinicContact } from '../../domain/office-hours/clinic-contact.ts';
import type { OfficeHours } from '../../domain/office-hours/office-hours.ts';


/** What handlers may use. Built once at start; handlers never construct clients themselves. */
export type BotServices = {
  outbox: Outbox;
  lookupProfile: ProfileLookup;
  recordContact: ContactRecorder;
  conversations: ConversationStore;
  faqCatalog: FaqCatalog;
  flows: FlowStore;
  cases: CaseService;
  /** Downloads what a user sent (a photo) from LINE's content endpoint, within the size limit. */
  fetchContent(messageId: string): Promise<Buffer>;
  /** A public link to a photo for flex images; undefined when the service has no public address. */
  photoUrl: PhotoUrl | undefined;
  consultations: ConsultationDelivery;
  /** A LIFF page by its path (`me/data`), when pages are served. */
  liffPage(path: string): string | undefined;
  /** Links on «ตารางกิจกรรม» cards: the .ics files need the service's public address. */
  activityLinks: CardLinks;
  /** The chain every message and postback walks, in order (see build-bot-services.ts). */
  responders: readonly Responder[];
  settings: { liffUrl: string | undefined; contact: ClinicContact; officeHours: OfficeHours; consultationIdleMinutes: number; privacyNoticeUrl: string | undefined };
};

export type EventContext<E extends webhook.Event = webhook.Event> = {
  event: E;
  webhookEventId: string;
  receivedAt: Date;
  /** The person behind the event, when LINE tells us (always in 1:1 chats). */
  lineUserId: string | undefined;
  services: BotServices;
  log: Logger;
  /** Adds messages to the answer; the dispatcher sends them in one reply (a push once the token is stale). */
  reply(messages: messagingApi.Message[]): Promise<void>;
};

export type EventHandler<E extends webhook.Event> = (context: EventContext<E>) => Promise<void>;

/** A link of the responder chain that reads text only (see forText in conversation/responder.ts). */
export type TextResponder = (context: EventContext<webhook.MessageEvent>, text: string) => Promise<boolean>;
