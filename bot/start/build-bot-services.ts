import type { AppConfig } from '../../infra/config/load-config.ts';
import type { Logger } from '../../infra/logger.ts';
import type { LineClients } from '../../infra/line/line-clients.ts';
import type { Outbox } from '../../infra/outbox/outbox.ts';
import type { BotServices } from '../events/event-context.ts';
import { createProfileLookup } from '../../infra/line/profile-lookup.ts';
import { createContactRecorder } from '../../domain/users/contact-recorder.ts';
import { createConversationStore } from '../../domain/conversation/conversation-store.ts';
import { respondToMenuCommand } from '../conversation/menu-command.ts';
import { forText, type Responder } from '../conversation/responder.ts';
import { respondToStrayMedia } from '../conversation/media-fallback.ts';
import { respondToPostbackRoute } from '../postback/postback-routes.ts';
import { createActiveFlowResponder } from '../flows/active-flow-responder.ts';
import { FLOWS } from '../flows/flow-registry.ts';
import { createFlowStore } from '../../domain/flows/flow-store.ts';
import { respondWithFallback } from '../conversation/fallback.ts';
import { respondToSmallTalk } from '../conversation/small-talk.ts';
import { createFaqResponder } from '../conversation/faq-responder.ts';
import { liffUrlFromId } from '../rich-menu/rich-menu-definition.ts';
import { liffPageLink } from './line-connection.ts';
import type { FaqCatalog } from '../../domain/knowledge-base/faq-catalog.ts';
import type { CaseService } from '../../domain/cases/case-service.ts';
import type { PhotoUrl } from '../messages/case-card.ts';
import { createContentFetcher } from '../../infra/line/message-content.ts';
import { MAX_PHOTO_BYTES } from '../../domain/forms/case-forms.ts';
import { PhotoRejectedError } from '../../domain/media/photo-store.ts';
import { respondToCommand } from '../conversation/command-responder.ts';
import { calendarLink } from '../api/ics-link.ts';
import { respondToEmergency } from '../conversation/emergency-responder.ts';
import { createConsultationDelivery } from '../notifications/consultation-delivery.ts';
import { clinicContact } from '../../domain/office-hours/clinic-contact.ts';
import { parseOfficeHours } from '../../domain/office-hours/office-hours.ts';

/** Wires the services handlers use; the order of text responders is the order they are asked. */
export function buildBotServices(deps: {
  config: AppConfig;
  outbox: Outbox;
  clients: LineClients;
  logger: Logger;
  faqCatalog: FaqCatalog;
  cases: CaseService;
  photoUrl: PhotoUrl | undefined;
  /** Where LIFF pages open: https://liff.line.me/<LIFF_ID>, or the local pages in local mode. */
  liffPageBase: string | undefined;
  /** The service's own address for links people open (the privacy notice), when it has one. */
  publicUrl: string | undefined;
}): BotServices {
  const { config } = deps;
  const lookupProfile = createProfileLookup(deps.clients.messaging, deps.logger);
  return {
    outbox: deps.outbox,
    lookupProfile,
    recordContact: createContactRecorder({ lookupProfile }),
    conversations: createConversationStore(config.conversationTtlMinutes),
    faqCatalog: deps.faqCatalog,
    flows: createFlowStore(),
    cases: deps.cases,
    fetchContent: createContentFetcher(deps.clients, { maxBytes: MAX_PHOTO_BYTES, tooLarge: () => new PhotoRejectedError('too_large') }),
    photoUrl: deps.photoUrl,
    consultations: createConsultationDelivery(deps.outbox),
    liffPage: liffPageLink(deps.liffPageBase),
    activityLinks: { calendarUrl: calendarLink(config.publicBaseUrl) },
    responders: buildResponderChain(deps.faqCatalog),
    settings: {
      liffUrl: config.liff.liffId ? liffUrlFromId(config.liff.liffId) : undefined,
      contact: clinicContact(config.contact),
      officeHours: parseOfficeHours(config.officeHours),
      consultationIdleMinutes: config.consultation.idleMinutes,
      privacyNoticeUrl: config.privacy.noticeUrl ?? (deps.publicUrl ? `${deps.publicUrl}/privacy` : undefined),
    },
  };
}

/**
 * The order every message and postback is offered in: the active flow first, then commands,
 * buttons, small talk and the FAQ; media nothing waited for, and finally the fallback.
 */
function buildResponderChain(faqCatalog: FaqCatalog): Responder[] {
  const rest: Responder[] = [
    respondToEmergency,
    respondToMenuCommand,
    respondToCommand,
    respondToPostbackRoute,
    forText(respondToSmallTalk),
    forText(createFaqResponder(faqCatalog)),
    respondToStrayMedia,
    respondWithFallback,
  ];
  return [createActiveFlowResponder(FLOWS, () => rest), ...rest];
}
