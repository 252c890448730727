import { MongoClient } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { startEmbeddedServer } from '../../db/embedded/index.ts';
import { NODE_JOURNAL_IO, writeAll, type JournalIo } from '../../db/embedded/persistence/journal-io.ts';
import { isEmbeddedDb } from '../helpers/database.ts';
import { spyLogger, useTempDataDirs, withServer } from '../helpers/embedded-server.ts';

const tempDir = useTempDataDirs('clinic-journal-failure-');

const errno = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}`), { code });

/** The real file operations, except the ones a test tells to fail, as a full or failing disk would. */
function faultyDisk() {
  let writesToFail = 0;
  let fsyncError: Error | null = null;
  let fsyncFailed = false;
  const io: JournalIo = {
    append(fd, data) {
      if (writesToFail === 0) return writeAll(fd, data);
      writesToFail -= 1;
      writeAll(fd, data.subarray(0, data.length >> 1));
      throw errno('ENOSPC', 'no space left on device, write');
    },
    fsync(fd, done) {
      if (!fsyncError) return NODE_JOURNAL_IO.fsync(fd, done);
      const err = fsyncError;
      fsyncError = null;
      fsyncFailed = true;
      done(err);
    },
  };
  return {
    io,
    failNextWrite: () => void (writesToFail = 1),
    failNextFsync: () => void (fsyncError = errno('EIO', 'i/o error, fsync')),
    fsyncFailed: () => fsyncFailed,
  };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

type Item = { _id: number; v?: number };

describe.skipIf(!isEmbeddedDb())('embedded server: journal first, or nothing', () => {
  it('when a journal write fails, then that client gets an error, no other client sees the change, and later writes go on and survive a restart', async () => {
    const dbPath = tempDir();
    const disk = faultyDisk();
    const server = await startEmbeddedServer({ dbPath, journalIo: disk.io });
    const [writer, reader] = await Promise.all([MongoClient.connect(server.uri), MongoClient.connect(server.uri)]);
    const mine = writer.db('app').collection<Item>('items');
    const theirs = reader.db('app').collection<Item>('items');
    await mine.insertMany([{ _id: 1 }, { _id: 2 }, { _id: 3 }]);
    const failures = [
      () => mine.insertOne({ _id: 4 }),
      () => mine.updateMany({}, { $set: { v: 1 } }),
      () => mine.deleteOne({ _id: 2 }),
      () => mine.createIndex({ v: 1 }),
    ];
    for (const attempt of failures) {
      disk.failNextWrite();
      await expect(attempt()).rejects.toMatchObject({ code: 1, message: expect.stringMatching(/could not write its journal \(ENOSPC.*not applied/) });
    }
    expect(await theirs.find().toArray()).toEqual([{ _id: 1 }, { _id: 2 }, { _id: 3 }]);
    expect((await theirs.listIndexes().toArray()).map((index) => index.name)).toEqual(['_id_']);
    await mine.insertOne({ _id: 5 });
    await Promise.all([writer.close(), reader.close()]);
    await server.close();
    const logger = spyLogger();
    const ids = await withServer(dbPath, async (client) => (await client.db('app').collection<Item>('items').find().toArray()).map((doc) => doc._id), { logger });
    expect(ids).toEqual([1, 2, 3, 5]);
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('when a background fsync fails, then every later write is refused with a clear error, reads go on, and it is logged once', async () => {
    const dbPath = tempDir();
    const disk = faultyDisk();
    const logger = spyLogger();
    await withServer(dbPath, async (client) => {
      const items = client.db('app').collection<Item>('items');
      disk.failNextFsync();
      await items.insertOne({ _id: 1 });
      await until(disk.fsyncFailed);
      for (const attempt of [() => items.insertOne({ _id: 2 }), () => items.updateOne({ _id: 1 }, { $set: { v: 2 } })]) {
        await expect(attempt()).rejects.toMatchObject({ code: 1, message: expect.stringMatching(/stopped accepting writes.*\(EIO.*restart it/) });
      }
      expect(await items.find().toArray()).toEqual([{ _id: 1 }]);
    }, { journalIo: disk.io, logger });
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(String(logger.error.mock.calls[0]?.[1])).toMatch(/stopped accepting writes/);
  });
});
