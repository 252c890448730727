import type { Document } from 'bson';
import { aggregateCommands } from './commands/aggregate.ts';
import { compactCommands } from './commands/compact.ts';
import type { CommandContext, CommandHandler } from './commands/context.ts';
import { findAndModifyCommands } from './commands/find-and-modify.ts';
import { handshakeCommands } from './commands/handshake.ts';
import { indexCommands } from './commands/indexes.ts';
import { namespaceCommands } from './commands/namespaces.ts';
import { readCommands } from './commands/read.ts';
import { writeCommands } from './commands/write.ts';
import { errors, toErrorReply } from './errors.ts';

const refuseTransaction: CommandHandler = () => {
  throw errors.transactions();
};

const HANDLERS: ReadonlyMap<string, CommandHandler> = new Map(
  Object.entries({
    ...handshakeCommands,
    ...writeCommands,
    ...readCommands,
    ...findAndModifyCommands,
    ...aggregateCommands,
    ...indexCommands,
    ...namespaceCommands,
    ...compactCommands,
    commitTransaction: refuseTransaction,
    abortTransaction: refuseTransaction,
  }),
);

export function commandName(command: Document): string {
  return Object.keys(command)[0] ?? '';
}

/** Runs one command. Never throws or rejects: failures become `{ ok: 0, errmsg, code, codeName }`. */
export function runCommand(command: Document, ctx: CommandContext): Document | Promise<Document> {
  const name = commandName(command);
  try {
    if (command.startTransaction === true || command.autocommit === false) throw errors.transactions();
    const handler = HANDLERS.get(name);
    if (!handler) throw errors.commandNotFound(name);
    const reply = handler(command, ctx);
    return reply instanceof Promise ? reply.catch(toErrorReply) : reply;
  } catch (err) {
    return toErrorReply(err);
  }
}
