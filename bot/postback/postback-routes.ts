import type { webhook } from '@line/bot-sdk';
import type { EventContext } from '../events/event-context.ts';
import { buildMenuMessages } from '../messages/menu-messages.ts';
import { buildAskPromptMessages, buildContactMessages, buildServiceNotOpenMessages } from '../messages/service-messages.ts';
import { POSTBACK_ACTIONS } from './postback-data.ts';
import { answerChosenFaq, recordFaqFeedback, rejectFaqChoices } from './faq-postbacks.ts';

export type PostbackRoute = (context: EventContext<webhook.PostbackEvent>, params: Record<string, string>) => Promise<void>;

const notOpenYet = (serviceName: string): PostbackRoute => (context) =>
  context.reply(buildServiceNotOpenMessages(serviceName));

export const postbackRoutes: Record<string, PostbackRoute> = {
  [POSTBACK_ACTIONS.menu]: (context) => context.reply(buildMenuMessages({ liffUrl: context.services.settings.liffUrl })),
  [POSTBACK_ACTIONS.faqAsk]: (context) => context.reply(buildAskPromptMessages()),
  [POSTBACK_ACTIONS.contact]: (context) => context.reply(buildContactMessages(context.services.settings.contact)),
  [POSTBACK_ACTIONS.faqAnswer]: answerChosenFaq,
  [POSTBACK_ACTIONS.faqFeedback]: recordFaqFeedback,
  [POSTBACK_ACTIONS.faqNoneMatch]: rejectFaqChoices,
  [POSTBACK_ACTIONS.caseNew]: notOpenYet('แจ้งปัญหา/ขอคำปรึกษา'),
  [POSTBACK_ACTIONS.caseList]: notOpenYet('ติดตามเรื่องของฉัน'),
  [POSTBACK_ACTIONS.scheduleMonth]: notOpenYet('ตารางกิจกรรม'),
  [POSTBACK_ACTIONS.forms]: notOpenYet('แบบฟอร์มออนไลน์'),
};
