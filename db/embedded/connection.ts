import type { Socket } from 'node:net';
import type { Document } from 'bson';
import type { CommandContext } from './commands/context.ts';
import { commandName, runCommand } from './dispatch.ts';
import { ServerError, toErrorReply } from './errors.ts';
import type { EmbeddedLogger } from './logger.ts';
import { FrameReader } from './wire/frame-reader.ts';
import { encodeReply, parseRequest, requestHeader, type Request, type RequestHeader } from './wire/protocol.ts';

export interface ConnectionDeps {
  context: Omit<CommandContext, 'db' | 'connectionId'>;
  logger: EmbeddedLogger;
  /** Makes the command's changes durable; runs before its reply is written. */
  afterCommand: () => void;
}

function execute(request: Request, deps: ConnectionDeps, connectionId: number): Document {
  const ctx: CommandContext = { ...deps.context, db: request.db, connectionId };
  try {
    return runCommand(request.command, ctx);
  } finally {
    deps.afterCommand();
  }
}

/** A reply that cannot be encoded (a computed key with a NUL, ...) becomes an error reply, not a dropped connection. */
function encodeOrError(request: RequestHeader, reply: Document): Buffer {
  try {
    return encodeReply(request, reply);
  } catch (err) {
    return encodeReply(request, toErrorReply(err));
  }
}

/** The encoded reply to one message, or null when the client asked for none. */
function answer(frame: Buffer, deps: ConnectionDeps, connectionId: number): Buffer | null {
  let request: Request;
  try {
    request = parseRequest(frame);
  } catch (err) {
    // Well-formed but refused (a document nested too deeply): MongoDB answers and keeps the connection.
    if (!(err instanceof ServerError)) throw err;
    const header = requestHeader(frame);
    return header.moreToCome ? null : encodeReply(header, toErrorReply(err));
  }
  const reply = execute(request, deps, connectionId);
  if (reply.ok === 0 && reply.code === 59) {
    deps.logger.warn({ connectionId, command: commandName(request.command) }, 'unknown command');
  }
  return request.moreToCome ? null : encodeOrError(request, reply);
}

/**
 * Serves one client socket. Commands run synchronously one after another; a malformed, oversized
 * or unknown message closes only this connection.
 */
export function serveConnection(socket: Socket, connectionId: number, deps: ConnectionDeps): void {
  const reader = new FrameReader();
  socket.setNoDelay(true);
  socket.on('error', () => socket.destroy());
  socket.on('data', (chunk: Buffer) => {
    try {
      for (const frame of reader.push(chunk)) {
        const reply = answer(frame, deps, connectionId);
        if (reply) socket.write(reply);
      }
    } catch (err) {
      deps.logger.warn({ connectionId, err: err instanceof Error ? err.message : String(err) }, 'closing connection after a bad wire message');
      socket.destroy();
    }
  });
}
