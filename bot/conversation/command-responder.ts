import type { Responder } from './responder.ts';
import { findCommand, runPatternCommand } from './vocabulary.ts';

/** Typed feature names and typed values (a ticket, a registration code) before small talk and the FAQ. */
export const respondToCommand: Responder = async (context, input) => {
  if (input.kind !== 'text') return false;
  const command = findCommand(input.text);
  if (command) {
    await command.run(context);
    return true;
  }
  return runPatternCommand(context, input.text);
};
