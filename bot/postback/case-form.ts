import { buildCaseFormMessages } from '../messages/case-form-messages.ts';
import { startCaseIntake } from './case-postbacks.ts';
import type { PostbackRoute } from './postback-routes.ts';

/**
 * «แบบฟอร์มออนไลน์», typed or tapped: a link to the LIFF form. Where no LIFF pages are served the
 * form cannot open, so the chat intake, which files the same case, starts instead of a dead end.
 */
export const openCaseForm: PostbackRoute = async (context, params) => {
  const formUrl = context.services.liffPage('cases/new');
  if (formUrl) await context.reply(buildCaseFormMessages(formUrl));
  else await startCaseIntake(context, params);
};
