import type { Responder } from './responder.ts';
import { buildUnsupportedMediaMessages } from '../messages/fallback-messages.ts';

/** A photo, location, sticker or file that no flow was waiting for. */
export const respondToStrayMedia: Responder = async (context, input) => {
  if (input.kind === 'text' || input.kind === 'postback') return false;
  await context.reply(buildUnsupportedMediaMessages(input.kind === 'media' ? input.type : input.kind));
  return true;
};
