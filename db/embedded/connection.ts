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

/** A command whose changes cannot be journaled has them taken back and answers that error instead. */
function committed(reply: Document, deps: ConnectionDeps): Document {
  try {
    deps.afterCommand();
    return reply;
  } catch (err) {
    return toErrorReply(err);
  }
}

function execute(request: Request, deps: ConnectionDeps, connectionId: number): Document | Promise<Document> {
  const ctx: CommandContext = { ...deps.context, db: request.db, connectionId };
  const reply = runCommand(request.command, ctx);
  return reply instanceof Promise ? reply.then((done) => committed(done, deps)) : committed(reply, deps);
}

/** A reply that cannot be encoded (a computed key with a NUL, ...) becomes an error reply, not a dropped connection. */
function encodeOrError(request: RequestHeader, reply: Document): Buffer {
  try {
    return encodeReply(request, reply);
  } catch (err) {
    return encodeReply(request, toErrorReply(err));
  }
}

function encoded(request: Request, reply: Document, deps: ConnectionDeps, connectionId: number): Buffer | null {
  if (reply.ok === 0 && reply.code === 59) {
    deps.logger.warn({ connectionId, command: commandName(request.command) }, 'unknown command');
  }
  return request.moreToCome ? null : encodeOrError(request, reply);
}

/** The encoded reply to one message (later, for a command that waits), or null when the client asked for none. */
function answer(frame: Buffer, deps: ConnectionDeps, connectionId: number): Buffer | null | Promise<Buffer | null> {
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
  return reply instanceof Promise ? reply.then((done) => encoded(request, done, deps, connectionId)) : encoded(request, reply, deps, connectionId);
}

/**
 * Serves one client socket. Commands run synchronously one after another, in order; one that waits
 * (compact) holds back only this connection's next messages. A malformed, oversized or unknown
 * message closes only this connection.
 */
export function serveConnection(socket: Socket, connectionId: number, deps: ConnectionDeps): void {
  const reader = new FrameReader();
  const queue: Buffer[] = [];
  let waiting = false;
  const close = (err: unknown) => {
    deps.logger.warn({ connectionId, err: err instanceof Error ? err.message : String(err) }, 'closing connection after a bad wire message');
    socket.destroy();
  };
  const drain = () => {
    try {
      while (!waiting && queue.length > 0) {
        const reply = answer(queue.shift() as Buffer, deps, connectionId);
        if (!(reply instanceof Promise)) {
          if (reply) socket.write(reply);
          continue;
        }
        waiting = true;
        reply.then((later) => {
          waiting = false;
          if (later) socket.write(later);
          drain();
        }, close);
      }
    } catch (err) {
      close(err);
    }
  };
  socket.setNoDelay(true);
  socket.on('error', () => socket.destroy());
  socket.on('data', (chunk: Buffer) => {
    try {
      queue.push(...reader.push(chunk));
    } catch (err) {
      close(err);
      return;
    }
    drain();
  });
}
