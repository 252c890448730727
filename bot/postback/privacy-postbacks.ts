import { summarisePerson } from '../../domain/privacy/export-person.ts';
import { recordPrivacyRequestForStaff } from '../notifications/privacy-request-notice.ts';
import { buildAccessAnswer, buildEraseConfirm, buildEraseRecorded } from '../messages/privacy-messages.ts';
import type { ChatContext } from '../conversation/responder.ts';
import type { PrivacyRequest } from '../../domain/privacy/privacy-requests.ts';
import type { PostbackRoute } from './postback-routes.ts';

/** «ขอดูข้อมูลของฉัน»: what is stored, at once; the request is recorded for staff to send a full copy. */
export const requestAccess: PostbackRoute = async (context) => {
  if (!context.lineUserId) return;
  const request = await record(context, 'access');
  await context.reply(buildAccessAnswer(await summarisePerson(context.lineUserId), request, context.services.liffPage('me/data')));
};

/** «ขอลบข้อมูลของฉัน» asks to confirm first: erasure cannot be undone. */
export const requestErasure: PostbackRoute = (context) => context.reply(buildEraseConfirm());

export const confirmErasure: PostbackRoute = async (context) => {
  if (!context.lineUserId) return;
  await context.reply(buildEraseRecorded(await record(context, 'erasure')));
};

function record(context: ChatContext, kind: 'access' | 'erasure'): Promise<PrivacyRequest> {
  return recordPrivacyRequestForStaff(
    { outbox: context.services.outbox, staffPageUrl: context.services.liffPage('staff/privacy') },
    { lineUserId: context.lineUserId!, kind, requestKey: `event:${context.webhookEventId}`, now: context.services.cases.now() },
  );
}
