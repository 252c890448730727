import { connect, type Socket } from 'node:net';
import { once } from 'node:events';
import { deserialize, serialize } from 'bson';
import mongoose from 'mongoose';
import { describe, expect, inject, it } from 'vitest';
import { useTestDatabase } from '../helpers/database.ts';

useTestDatabase();

/** Where the first host of the run's URI listens: a Unix socket (`mongodb://%2F...sock`) or host:port; null with TLS. */
function firstHost(): { path: string } | { host: string; port: number } | null {
  const uri = inject('mongoUri');
  if (/[?&](tls|ssl)=true/.test(uri)) return null;
  const socket = /^mongodb:\/\/(?:[^@/]*@)?(%2F[^/,?]+\.sock)/i.exec(uri);
  if (socket) return { path: decodeURIComponent(socket[1] ?? '') };
  const match = /^mongodb:\/\/(?:[^@/]*@)?([^:/,?]+):(\d+)/.exec(uri);
  return match ? { host: match[1] ?? '', port: Number(match[2]) } : null;
}

async function rawSocket(): Promise<Socket> {
  const target = firstHost()!;
  const socket = 'path' in target ? connect(target.path) : connect(target.port, target.host);
  await once(socket, 'connect');
  return socket;
}

function opMsg(body: Record<string, unknown>, requestId = 1): Buffer {
  const doc = serialize(body);
  const head = Buffer.alloc(21);
  head.writeInt32LE(21 + doc.length, 0);
  head.writeInt32LE(requestId, 4);
  head.writeInt32LE(2013, 12);
  return Buffer.concat([head, doc]);
}

function crc32c(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0x82f63b78 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** OP_MSG with a body, one `documents` sequence (kind 1) and the checksumPresent flag. */
function opMsgWithSequenceAndChecksum(body: Record<string, unknown>, documents: Record<string, unknown>[]): Buffer {
  const bodyBytes = Buffer.concat([Buffer.from([0]), serialize(body)]);
  const docs = Buffer.concat(documents.map((doc) => serialize(doc)));
  const id = Buffer.from('documents\0');
  const sequenceHead = Buffer.alloc(5);
  sequenceHead[0] = 1;
  sequenceHead.writeInt32LE(4 + id.length + docs.length, 1);
  const header = Buffer.alloc(20);
  header.writeInt32LE(2013, 12);
  header.writeUInt32LE(1, 16);
  const message = Buffer.concat([header, bodyBytes, sequenceHead, id, docs, Buffer.alloc(4)]);
  message.writeInt32LE(message.length, 0);
  message.writeInt32LE(11, 4);
  message.writeUInt32LE(crc32c(message.subarray(0, message.length - 4)), message.length - 4);
  return message;
}

function replyBody(reply: Buffer, offset: number): Record<string, unknown> {
  return deserialize(reply.subarray(offset, offset + reply.readInt32LE(offset)));
}

describe('wire protocol and errors', () => {
  it('when an unknown command is sent, then the server answers code 59 CommandNotFound', async () => {
    const error = await mongoose.connection.db!.command({ noSuchCommandHere: 1 }).catch((err: unknown) => err);
    expect(error).toMatchObject({ code: 59, codeName: 'CommandNotFound' });
    expect((error as Error).message).toContain("no such command: 'noSuchCommandHere'");
  });

  it.skipIf(firstHost() === null)(
    'when a client sends an oversized message, then only that connection is closed',
    async () => {
      const bad = await rawSocket();
      const header = Buffer.alloc(16);
      header.writeInt32LE(64 * 1024 * 1024, 0);
      header.writeInt32LE(2013, 12);
      bad.write(header);
      await once(bad, 'close');
      expect(await mongoose.connection.db!.command({ ping: 1 })).toMatchObject({ ok: 1 });
    },
  );

  it.skipIf(firstHost() === null)('when a message has an unknown opcode, then that connection is closed', async () => {
    const bad = await rawSocket();
    const message = opMsg({ ping: 1, $db: 'admin' });
    message.writeInt32LE(4242, 12);
    bad.write(message);
    await once(bad, 'close');
    const good = await rawSocket();
    good.write(opMsg({ ping: 1, $db: 'admin' }, 7));
    const [reply] = (await once(good, 'data')) as [Buffer];
    expect(reply.readInt32LE(8)).toBe(7);
    good.destroy();
  });

  it.skipIf(firstHost() === null)('when OP_MSG carries a document sequence and a checksum, then it is applied', async () => {
    const socket = await rawSocket();
    const db = mongoose.connection.db!.databaseName;
    socket.write(opMsgWithSequenceAndChecksum({ insert: 'rawwire', $db: db }, [{ _id: 1 }, { _id: 2 }]));
    const [reply] = (await once(socket, 'data')) as [Buffer];
    socket.destroy();
    expect(reply.readInt32LE(8)).toBe(11);
    expect(replyBody(reply, 21)).toMatchObject({ n: 2, ok: 1 });
    expect(await mongoose.connection.db!.collection('rawwire').countDocuments()).toBe(2);
  });

  it.skipIf(firstHost() === null)('when a legacy OP_QUERY hello arrives, then an OP_REPLY answers it', async () => {
    const socket = await rawSocket();
    const query = serialize({ isMaster: 1 });
    const ns = Buffer.from('admin.$cmd\0');
    const message = Buffer.concat([Buffer.alloc(20), ns, Buffer.alloc(8), query]);
    message.writeInt32LE(message.length, 0);
    message.writeInt32LE(5, 4);
    message.writeInt32LE(2004, 12);
    message.writeInt32LE(-1, 20 + ns.length + 4);
    socket.write(message);
    const [reply] = (await once(socket, 'data')) as [Buffer];
    socket.destroy();
    expect([reply.readInt32LE(8), reply.readInt32LE(12)]).toEqual([5, 1]);
    const hello = replyBody(reply, 36);
    expect(hello).toMatchObject({ ismaster: true, ok: 1 });
    expect(hello.maxWireVersion).toBeGreaterThanOrEqual(8);
  });
});
