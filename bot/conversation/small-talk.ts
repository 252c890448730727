import type { TextResponder } from '../events/event-context.ts';
import { outOfScopeTopic, smallTalkKind } from '../../domain/conversation/small-talk.ts';
import { buildOutOfScopeMessages, buildSmallTalkMessages } from '../messages/small-talk-messages.ts';

/**
 * Greetings, thanks, 555, 🙏, jokes: a friendly answer, never an FAQ search nor a question left for
 * staff. Weather, lottery, prices, fortunes: a short polite «not something we handle», not stored.
 */
export const respondToSmallTalk: TextResponder = async (context, text) => {
  const kind = smallTalkKind(text);
  if (kind) {
    await context.reply(buildSmallTalkMessages(kind));
    return true;
  }
  const topic = outOfScopeTopic(text);
  if (!topic) return false;
  await context.reply(buildOutOfScopeMessages(topic));
  return true;
};
