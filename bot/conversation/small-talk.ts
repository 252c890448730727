import type { TextResponder } from '../events/event-context.ts';
import { smallTalkKind } from '../../domain/conversation/small-talk.ts';
import { buildSmallTalkMessages } from '../messages/small-talk-messages.ts';

/**
 * Greetings, thanks, 555, 🙏, jokes: a friendly answer, never an FAQ search nor a question left for
 * staff. Topics that are not ours (weather, lottery) are the FAQ responder's: it knows which agency to name.
 */
export const respondToSmallTalk: TextResponder = async (context, text) => {
  const kind = smallTalkKind(text);
  if (!kind) return false;
  await context.reply(buildSmallTalkMessages(kind));
  return true;
};
