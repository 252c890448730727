import { redeemInvite } from '../../domain/users/invites.ts';
import { buildRegistrationHelp, buildRegistrationMessages } from '../messages/registration-messages.ts';
import type { PostbackRoute } from './postback-routes.ts';

/** «ลงทะเบียน 483920»: an officer binds this LINE account to the office of the invite. */
export const registerOfficer: PostbackRoute = async (context, params) => {
  if (!context.lineUserId) return;
  if (!/^\d{6}$/.test(params.code ?? '')) return context.reply(buildRegistrationHelp());
  const result = await redeemInvite(params.code!, context.lineUserId, context.services.cases.now());
  const officeName = result.ok ? (await context.services.cases.offices()).byCode(result.invite.officeCode)?.name : undefined;
  await context.reply(buildRegistrationMessages(result, officeName));
};
