import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import type { MongoClient } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { isEmbeddedDb } from '../helpers/database.ts';
import { spyLogger, useTempDataDirs, withServer } from '../helpers/embedded-server.ts';

const tempDir = useTempDataDirs('clinic-durability-');

const items = (client: MongoClient) => client.db('durable').collection<{ _id: number; v?: number; email?: string }>('items');

describe.skipIf(!isEmbeddedDb())('embedded server durability', () => {
  it('when the process is killed with SIGKILL mid-stream, then every acknowledged insert survives', async () => {
    const dbPath = tempDir();
    const child = spawn(process.execPath, ['--experimental-strip-types', 'tests/db/fixtures/crash-writer.ts', dbPath], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acked: number[] = [];
    let buffered = '';
    await new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', () => resolve());
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
        if (acked.length >= 400 && child.exitCode === null) child.kill('SIGKILL');
      });
    });
    expect(acked.length).toBeGreaterThanOrEqual(400);
    // The killed process cannot release its lock: opening waits until the lock goes stale.
    const stored = await withServer(dbPath, (client) =>
      client.db('crash').collection<{ _id: number }>('items').find({}, { projection: { _id: 1 } }).toArray(),
    );
    const storedIds = new Set(stored.map((doc) => doc._id));
    expect(acked.filter((id) => !storedIds.has(id))).toEqual([]);
  });

  it('when the server restarts, then inserts, updates, deletes and unique indexes are all still there', async () => {
    const dbPath = tempDir();
    await withServer(dbPath, async (client) => {
      await items(client).createIndex({ email: 1 }, { unique: true });
      await items(client).insertMany([{ _id: 1, email: 'a' }, { _id: 2, email: 'b' }, { _id: 3, email: 'c' }]);
      await items(client).updateOne({ _id: 1 }, { $set: { v: 10 } });
      await items(client).deleteOne({ _id: 2 });
    });
    await withServer(dbPath, async (client) => {
      expect(await items(client).find().sort({ _id: 1 }).toArray()).toEqual([{ _id: 1, email: 'a', v: 10 }, { _id: 3, email: 'c' }]);
      await expect(items(client).insertOne({ _id: 4, email: 'a' })).rejects.toMatchObject({ code: 11000 });
    });
  });

  it('when the journal ends in garbage, then the rest loads, a warning is logged and new writes persist', async () => {
    const dbPath = tempDir();
    await withServer(dbPath, (client) => items(client).insertMany(Array.from({ length: 10 }, (_, i) => ({ _id: i }))));
    appendFileSync(join(dbPath, 'journal.bson'), Buffer.from('\x40\x00\x00\x00garbage from a torn write'));
    const logger = spyLogger();
    await withServer(dbPath, async (client) => {
      expect(await items(client).countDocuments()).toBe(10);
      await items(client).insertOne({ _id: 100 });
    }, { logger });
    expect(logger.warn).toHaveBeenCalledWith(expect.objectContaining({ skippedBytes: 29 }), expect.stringContaining('corrupt or truncated'));
    expect(await withServer(dbPath, (client) => items(client).countDocuments())).toBe(11);
  });

  it('when the last journal record is cut short, then only that record is lost', async () => {
    const dbPath = tempDir();
    await withServer(dbPath, (client) => items(client).insertMany(Array.from({ length: 10 }, (_, i) => ({ _id: i }))));
    const journal = join(dbPath, 'journal.bson');
    truncateSync(journal, statSync(journal).size - 3);
    const logger = spyLogger();
    const ids = await withServer(dbPath, (client) => items(client).distinct('_id'), { logger });
    expect(ids).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });

  it('when the journal grows past the threshold, then it is compacted into a snapshot and stays bounded', async () => {
    const dbPath = tempDir();
    const threshold = 32 * 1024;
    await withServer(dbPath, async (client) => {
      await items(client).insertOne({ _id: 1, v: 0 });
      for (let i = 0; i < 1500; i++) await items(client).updateOne({ _id: 1 }, { $inc: { v: 1 } });
      expect(statSync(join(dbPath, 'journal.bson')).size).toBeLessThan(threshold + 1024);
    }, { compactThresholdBytes: threshold });
    expect(existsSync(join(dbPath, 'snapshot.bson'))).toBe(true);
    expect(await withServer(dbPath, (client) => items(client).findOne({ _id: 1 }))).toEqual({ _id: 1, v: 1500 });
  });
});
