import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { startEmbeddedServer } from '../../db/embedded/index.ts';
import { encodeRecord } from '../../db/embedded/persistence/record-file.ts';
import { isEmbeddedDb } from '../helpers/database.ts';
import { useTempDataDirs, withServer } from '../helpers/embedded-server.ts';

const tempDir = useTempDataDirs('clinic-compaction-');

type Item = { _id: number; text: string; v?: number };
const item = (id: number): Item => ({ _id: id, text: `สวัสดีครับ document ${id} `.repeat(20) });

describe.skipIf(!isEmbeddedDb())('embedded server: compaction off the request path', () => {
  it('when a snapshot of 20,000 documents is written, then other clients are answered meanwhile, and writes made meanwhile survive', async () => {
    const dbPath = tempDir();
    const server = await startEmbeddedServer({ dbPath });
    const [admin, other] = await Promise.all([MongoClient.connect(server.uri), MongoClient.connect(server.uri)]);
    const items = other.db('app').collection<Item>('items');
    for (let from = 0; from < 20_000; from += 2_000) await items.insertMany(Array.from({ length: 2_000 }, (_, i) => item(from + i)));
    await items.updateMany({ _id: { $lt: 100 } }, { $set: { v: 1 } });
    let done = false;
    const compacting = admin.db('app').command({ compact: 'items' }).finally(() => (done = true));
    let answeredMeanwhile = 0;
    for (let id = 20_000; !done; id++) {
      await items.insertOne(item(id));
      await items.updateOne({ _id: id - 20_000 }, { $set: { v: 2 } });
      if (!done) answeredMeanwhile += 1;
    }
    expect(await compacting).toMatchObject({ ok: 1, bytesFreed: expect.any(Number) });
    expect(answeredMeanwhile).toBeGreaterThan(5);
    const expected = await items.countDocuments();
    const changed = await items.countDocuments({ v: 2 });
    await Promise.all([admin.close(), other.close()]);
    await server.close();
    expect(statSync(join(dbPath, 'journal.bson')).size).toBeLessThan(statSync(join(dbPath, 'snapshot.bson')).size);
    await withServer(dbPath, async (client) => {
      const reopened = client.db('app').collection<Item>('items');
      expect(await reopened.countDocuments()).toBe(expected);
      expect(await reopened.countDocuments({ v: 2 })).toBe(changed);
      expect(await reopened.findOne({ _id: 0 })).toEqual({ ...item(0), v: 2 });
    });
  });

  it('when a snapshot did not complete (a crash mid-way), then the journal set aside is replayed, folded into a new snapshot and removed', async () => {
    const dbPath = tempDir();
    const at = { d: 'app', c: 'items' };
    const put = (doc: Item) => ({ o: 'put', ...at, doc });
    writeFileSync(join(dbPath, 'journal-0.bson'), Buffer.concat([{ o: 'meta', generation: 0 }, { o: 'create', ...at, options: {} }, put(item(1)), put(item(2))].map(encodeRecord)));
    writeFileSync(join(dbPath, 'journal.bson'), Buffer.concat([{ o: 'meta', generation: 1 }, put({ ...item(2), v: 2 }), put(item(3))].map(encodeRecord)));
    const docs = await withServer(dbPath, async (client) => {
      const items = client.db('app').collection<Item>('items');
      await client.db('app').command({ compact: 'items' });
      return items.find({}, { projection: { text: 0 } }).toArray();
    });
    expect(docs).toEqual([{ _id: 1 }, { _id: 2, v: 2 }, { _id: 3 }]);
    expect(existsSync(join(dbPath, 'journal-0.bson'))).toBe(false);
    expect(await withServer(dbPath, (client) => client.db('app').collection('items').countDocuments())).toBe(3);
  });
});
