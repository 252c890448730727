import type { Responder } from './responder.ts';
import { buildFallbackMessages } from '../messages/fallback-messages.ts';

/** The last responder: a polite answer that always offers the next step. */
export const respondWithFallback: Responder = async (context) => {
  await context.reply(buildFallbackMessages());
  return true;
};
