import type { ChatContext, Responder } from '../conversation/responder.ts';
import { buildMenuMessages } from '../messages/menu-messages.ts';
import { buildOutdatedButtonMessages } from '../messages/fallback-messages.ts';
import { buildAskPromptMessages } from '../messages/service-messages.ts';
import { buildContactCard } from '../messages/contact-messages.ts';
import { POSTBACK_ACTIONS } from './postback-data.ts';
import { addFaqFromDigest, answerChosenFaq, recordFaqFeedback, rejectFaqChoices, showRestOfAnswer, skipFaqFromDigest } from './faq-postbacks.ts';
import { confirmErasure, requestAccess, requestErasure } from './privacy-postbacks.ts';
import { acceptConsultationCard, endConsultationByStaff, startConsultation } from './consultation-postbacks.ts';
import { actOnCaseButton, addToCase, showCase, showMyCases, showOfficerQueue, startCaseIntake, supportFromCard } from './case-postbacks.ts';
import { askVisitAhead, openCaseForVisit, rateFromPrompt, registerFromCard, showSchedule, unregisterFromCard } from './activity-postbacks.ts';
import { changeNewsArea, changeNewsTopics, resumeNews, startNews, stopNews } from './activity-news.ts';
import { openCaseForm } from './case-form.ts';

/** What a button does; typing the button's label runs the same route (see conversation/commands.ts). */
export type PostbackRoute = (context: ChatContext, params: Record<string, string>) => Promise<void>;

export const postbackRoutes: Record<string, PostbackRoute> = {
  [POSTBACK_ACTIONS.menu]: (context) => context.reply(buildMenuMessages({ liffUrl: context.services.settings.liffUrl })),
  [POSTBACK_ACTIONS.faqAsk]: (context) => context.reply(buildAskPromptMessages()),
  [POSTBACK_ACTIONS.contact]: (context) => context.reply(buildContactCard(context.services.settings.contact, context.services.settings.officeHours, context.services.cases.now())),
  [POSTBACK_ACTIONS.faqAnswer]: answerChosenFaq,
  [POSTBACK_ACTIONS.faqFeedback]: recordFaqFeedback,
  [POSTBACK_ACTIONS.faqNoneMatch]: rejectFaqChoices,
  [POSTBACK_ACTIONS.faqMore]: showRestOfAnswer,
  [POSTBACK_ACTIONS.faqDigestAdd]: addFaqFromDigest,
  [POSTBACK_ACTIONS.faqDigestSkip]: skipFaqFromDigest,
  [POSTBACK_ACTIONS.caseNew]: startCaseIntake,
  [POSTBACK_ACTIONS.caseList]: showMyCases,
  [POSTBACK_ACTIONS.caseView]: showCase,
  [POSTBACK_ACTIONS.caseAct]: actOnCaseButton,
  [POSTBACK_ACTIONS.caseNote]: addToCase,
  [POSTBACK_ACTIONS.caseSupport]: supportFromCard,
  [POSTBACK_ACTIONS.officerQueue]: showOfficerQueue,
  [POSTBACK_ACTIONS.consultStart]: startConsultation,
  [POSTBACK_ACTIONS.privacyAccess]: requestAccess,
  [POSTBACK_ACTIONS.privacyErase]: requestErasure,
  [POSTBACK_ACTIONS.privacyEraseConfirm]: confirmErasure,
  [POSTBACK_ACTIONS.consultAccept]: acceptConsultationCard,
  [POSTBACK_ACTIONS.consultEndByStaff]: endConsultationByStaff,
  [POSTBACK_ACTIONS.scheduleMonth]: showSchedule,
  [POSTBACK_ACTIONS.activityRegister]: registerFromCard,
  [POSTBACK_ACTIONS.activityUnregister]: unregisterFromCard,
  [POSTBACK_ACTIONS.activityRate]: rateFromPrompt,
  [POSTBACK_ACTIONS.activityAsk]: askVisitAhead,
  [POSTBACK_ACTIONS.activityCase]: openCaseForVisit,
  [POSTBACK_ACTIONS.newsStart]: startNews,
  [POSTBACK_ACTIONS.newsChangeArea]: changeNewsArea,
  [POSTBACK_ACTIONS.newsChangeTopics]: changeNewsTopics,
  [POSTBACK_ACTIONS.newsStop]: stopNews,
  [POSTBACK_ACTIONS.newsResume]: resumeNews,
  [POSTBACK_ACTIONS.forms]: openCaseForm,
};

/** The chain's link for postbacks no flow claimed; an unknown action (an old button) gets a polite answer. */
export const respondToPostbackRoute: Responder = async (context, input) => {
  if (input.kind !== 'postback') return false;
  const route = postbackRoutes[input.action];
  if (route) {
    await route(context, input.params);
    return true;
  }
  context.log.warn({ action: input.action }, 'unknown postback action');
  await context.reply(buildOutdatedButtonMessages());
  return true;
};
