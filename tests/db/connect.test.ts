import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { connectDatabase, redactUri } from '../../db/connect.ts';
import { mongoUriFor, uniqueDbName } from '../helpers/database.ts';

const dbPath = mkdtempSync(join(tmpdir(), 'clinic-connect-'));
afterAll(() => rmSync(dbPath, { recursive: true, force: true }));

const spyLogger = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() });

function socketIsClosed(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(path);
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describe('connectDatabase', () => {
  it('when no MONGODB_URI is given, then it starts the embedded server, says so once, and close() stops it', async () => {
    const logger = spyLogger();
    const handle = await connectDatabase({ embeddedDbPath: dbPath, logger });
    expect(handle.mode).toBe('embedded');
    expect(decodeURIComponent(handle.uri)).toBe(`mongodb://${join(dbPath, 'mongodb.sock')}`);
    expect(logger.info).toHaveBeenCalledTimes(1);
    expect(String(logger.info.mock.calls[0]?.[1])).toMatch(/embedded.*local runs, tests and small single-machine installs/);
    await mongoose.connection.db!.collection('notes').insertOne({ text: 'persisted' });
    await handle.close();
    expect(mongoose.connection.readyState).toBe(0);
    expect(await socketIsClosed(join(dbPath, 'mongodb.sock'))).toBe(true);
    expect(existsSync(join(dbPath, 'embedded.lock'))).toBe(false);

    const reopened = await connectDatabase({ embeddedDbPath: dbPath, logger: spyLogger() });
    expect(await mongoose.connection.db!.collection('notes').countDocuments({ text: 'persisted' })).toBe(1);
    await reopened.close();
  });

  it('when MONGODB_URI is given, then it connects there and logs no credentials', async () => {
    const logger = spyLogger();
    const uri = mongoUriFor(uniqueDbName('connect'));
    const handle = await connectDatabase({ mongodbUri: uri, embeddedDbPath: dbPath, logger });
    expect(handle.mode).toBe('external');
    expect(await mongoose.connection.db!.command({ ping: 1 })).toMatchObject({ ok: 1 });
    await mongoose.connection.dropDatabase();
    await handle.close();
    expect(String(logger.info.mock.calls[0]?.[1])).toContain('MONGODB_URI');
  });

  it('when a URI has credentials, then the logged form hides them', () => {
    expect(redactUri('mongodb+srv://user:secret@cluster0.example.net/app?retryWrites=true')).toBe(
      'mongodb+srv://***@cluster0.example.net/app?retryWrites=true',
    );
    expect(redactUri('mongodb://127.0.0.1:27017/app')).toBe('mongodb://127.0.0.1:27017/app');
  });
});
