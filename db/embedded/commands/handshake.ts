import type { Document } from 'bson';
import { MAX_MESSAGE_BYTES } from '../wire/frame-reader.ts';
import type { CommandContext, CommandHandler } from './context.ts';

export const SERVER_VERSION = '7.0.0';
/** 0..21 covers MongoDB 7.0; the v7 driver needs at least 8 and then speaks OP_MSG with find/getMore. */
const MIN_WIRE_VERSION = 0;
const MAX_WIRE_VERSION = 21;

/**
 * A standalone server. No `topologyVersion`, so the driver polls instead of streaming hellos;
 * no `compression`; sessions are advertised so `startSession()` works (transactions are refused).
 */
function hello(command: Document, ctx: CommandContext, legacy: boolean): Document {
  return {
    helloOk: true,
    ...(legacy ? { ismaster: true } : { isWritablePrimary: true }),
    maxBsonObjectSize: 16 * 1024 * 1024,
    maxMessageSizeBytes: MAX_MESSAGE_BYTES,
    maxWriteBatchSize: 100_000,
    localTime: new Date(),
    logicalSessionTimeoutMinutes: 30,
    connectionId: ctx.connectionId,
    minWireVersion: MIN_WIRE_VERSION,
    maxWireVersion: MAX_WIRE_VERSION,
    readOnly: false,
    ok: 1,
  };
}

const ok = (): Document => ({ ok: 1 });

export const handshakeCommands: Record<string, CommandHandler> = {
  hello: (command, ctx) => hello(command, ctx, false),
  isMaster: (command, ctx) => hello(command, ctx, true),
  ismaster: (command, ctx) => hello(command, ctx, true),
  ping: ok,
  buildInfo: () => ({
    version: SERVER_VERSION,
    versionArray: [7, 0, 0, 0],
    gitVersion: 'embedded',
    bits: 64,
    maxBsonObjectSize: 16 * 1024 * 1024,
    storageEngines: ['embedded'],
    ok: 1,
  }),
  getParameter: (command) => ({
    ...(command.featureCompatibilityVersion ? { featureCompatibilityVersion: { version: '7.0' } } : {}),
    ok: 1,
  }),
  endSessions: ok,
  killAllSessions: ok,
  refreshSessions: ok,
  serverStatus: () => ({ host: '127.0.0.1', version: SERVER_VERSION, process: 'embedded', uptime: process.uptime(), ok: 1 }),
  connectionStatus: () => ({ authInfo: { authenticatedUsers: [], authenticatedUserRoles: [] }, ok: 1 }),
  whatsmyuri: () => ({ you: '127.0.0.1', ok: 1 }),
};
