import type { Socket } from 'node:net';
import type { Document } from 'bson';
import type { CommandContext } from './commands/context.ts';
import { commandName, runCommand } from './dispatch.ts';
import type { EmbeddedLogger } from './logger.ts';
import { FrameReader } from './wire/frame-reader.ts';
import { encodeReply, parseRequest, type Request } from './wire/protocol.ts';

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
        const request = parseRequest(frame);
        const reply = execute(request, deps, connectionId);
        if (reply.ok === 0 && reply.code === 59) {
          deps.logger.warn({ connectionId, command: commandName(request.command) }, 'unknown command');
        }
        if (!request.moreToCome) socket.write(encodeReply(request, reply));
      }
    } catch (err) {
      deps.logger.warn({ connectionId, err: err instanceof Error ? err.message : String(err) }, 'closing connection after a bad wire message');
      socket.destroy();
    }
  });
}
