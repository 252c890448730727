import { soundsLikeEmergency } from '../../domain/conversation/emergency.ts';
import { buildEmergencyMessages } from '../messages/contact-messages.ts';
import { postbackAction } from '../messages/quick-reply.ts';
import { POSTBACK_ACTIONS } from '../postback/postback-data.ts';
import type { Responder } from './responder.ts';
import { FEATURE_NAMES as F } from '../messages/feature-names.ts';

/** An emergency gets the numbers at once, never a queue or an FAQ search (inside a flow too: see active-flow-responder.ts). */
export const respondToEmergency: Responder = async (context, input) => {
  if (input.kind !== 'text' || !soundsLikeEmergency(input.text)) return false;
  const [numbers] = buildEmergencyMessages();
  await context.reply([{ ...numbers!, quickReply: { items: [...(numbers!.quickReply?.items ?? []), { type: 'action', action: postbackAction(F.talk, POSTBACK_ACTIONS.consultStart, {}, 'ขอคุยกับเจ้าหน้าที่') }] } }]);
  return true;
};
