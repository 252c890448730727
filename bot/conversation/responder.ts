import type { webhook } from '@line/bot-sdk';
import type { EventContext, TextResponder } from '../events/event-context.ts';
import type { ChatInput } from './chat-input.ts';
import { rememberingOfferedButtons } from '../flows/offered-buttons.ts';

export type ChatContext = EventContext<webhook.MessageEvent> | EventContext<webhook.PostbackEvent>;

/**
 * One link in the chain every message and postback walks: the first responder that returns
 * true has handled it (the active flow, commands, postback routes, small talk, the FAQ, the fallback).
 */
export type Responder = (context: ChatContext, input: ChatInput) => Promise<boolean>;

/** A text-only responder (small talk, the FAQ) as a link of the chain. */
export function forText(responder: TextResponder): Responder {
  return (context, input) =>
    input.kind === 'text' && context.event.type === 'message'
      ? responder(context as EventContext<webhook.MessageEvent>, input.text)
      : Promise.resolve(false);
}

export async function runChain(responders: readonly Responder[], context: ChatContext, input: ChatInput): Promise<boolean> {
  for (const responder of responders) if (await responder(context, input)) return true;
  return false;
}

/** Answers one event; the buttons a flow offers in the answer are remembered, so typing one is a tap. */
export async function respond(context: ChatContext, input: ChatInput): Promise<void> {
  await rememberingOfferedButtons(context, async (recording) => {
    await runChain(recording.services.responders, recording, input);
  });
}
