import { existsSync, lstatSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { startEmbeddedServer } from '../../db/embedded/index.ts';
import { isEmbeddedDb } from '../helpers/database.ts';
import { useTempDataDirs } from '../helpers/embedded-server.ts';

const tempDir = useTempDataDirs('clinic-socket-');

describe.skipIf(!isEmbeddedDb())('embedded server: Unix socket in the data directory', () => {
  it('when started, then it listens only on a socket in its data dir, which only this user can enter', async () => {
    const dbPath = tempDir();
    const server = await startEmbeddedServer({ dbPath });
    try {
      expect(server.socketPath).toBe(join(dbPath, 'mongodb.sock'));
      expect(server.tcpUri).toBeUndefined();
      expect(lstatSync(server.socketPath).isSocket()).toBe(true);
      expect(lstatSync(server.socketPath).mode & 0o777).toBe(0o600);
      expect(statSync(dbPath).mode & 0o777).toBe(0o700);
    } finally {
      await server.close();
    }
    expect(existsSync(join(dbPath, 'mongodb.sock'))).toBe(false);
  });

  it('when the data dir path is longer than a socket path may be, then clients still connect, and the socket is still in the data dir', async () => {
    const dbPath = join(tempDir(), 'a-rather-long-directory-name-'.repeat(4), 'clinic-center-bot', 'data', 'db');
    mkdirSync(dbPath, { recursive: true });
    expect(Buffer.byteLength(join(dbPath, 'mongodb.sock'))).toBeGreaterThan(108);
    const server = await startEmbeddedServer({ dbPath });
    try {
      expect(Buffer.byteLength(server.socketPath)).toBeLessThanOrEqual(103);
      expect(realpathSync(server.socketPath)).toBe(join(realpathSync(dbPath), 'mongodb.sock'));
      const client = await MongoClient.connect(server.uri);
      await client.db('long').collection('notes').insertOne({ text: 'reached' });
      expect(await client.db('long').collection('notes').countDocuments()).toBe(1);
      await client.close();
    } finally {
      await server.close();
    }
    expect(existsSync(join(dbPath, 'mongodb.sock'))).toBe(false);
    expect(existsSync(server.socketPath)).toBe(false);
  });
});
