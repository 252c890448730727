import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { Binary, deserialize, serialize } from 'bson';
import { Catalog } from '../../db/embedded/storage/catalog.ts';
import type { ChangeLog } from '../../db/embedded/storage/change-log.ts';
import type { Collection } from '../../db/embedded/storage/collection.ts';
import type { Segment } from '../../db/embedded/storage/doc-ref.ts';
import { updateDocuments } from '../../db/embedded/commands/update-documents.ts';
import { runCommand } from '../../db/embedded/dispatch.ts';
import { CursorStore } from '../../db/embedded/cursors.ts';
import { BSON_DECODE_OPTIONS } from '../../db/embedded/values/bson-options.ts';
import type { Doc } from '../../db/embedded/values/doc-paths.ts';

/** A change log in memory whose pending changes a test can take back, as a failed journal write does. */
function rollbackLog(): ChangeLog & { reads: number; rollback(): void; commit(): void } {
  const versions: Buffer[] = [];
  let undo: (() => void)[] = [];
  const log = {
    reads: 0,
    putDocument: (_db: string, _collection: string, bytes: Buffer) => ({ segment, offset: versions.push(bytes) - 1 }),
    append: () => undefined,
    onRollback: (step: () => void) => void undo.push(step),
    rollback: () => {
      for (const step of undo.reverse()) step();
      undo = [];
    },
    commit: () => void (undo = []),
  };
  const segment: Segment = {
    read: (offset) => {
      log.reads += 1;
      return versions[offset] as Buffer;
    },
  };
  return log;
}

function events(log = rollbackLog()) {
  const catalog = new Catalog(log);
  const collection = catalog.create('app', 'inbox_events');
  collection.createIndex({ key: { status: 1, nextAttemptAt: 1 }, name: 'status_1_nextAttemptAt_1' });
  collection.createIndex({ key: { lineUserId: 1, status: 1 }, name: 'lineUserId_1_status_1' });
  return { collection, log, catalog };
}

/** What each document's stored bytes decode to, and what the collection hands out for it: they must be the same. */
function expectReadsMatchStoredBytes(collection: Collection): void {
  for (const [, ref] of collection.refs()) {
    const stored = deserialize(ref.segment.read(ref.offset, ref.length), BSON_DECODE_OPTIONS);
    const handedOut = collection.getById(stored._id);
    expect(serialize(handedOut!)).toEqual(serialize(stored));
  }
  const viaFind = collection.find({}).map((doc) => serialize(doc));
  const decoded = [...collection.refs().values()].map((ref) => serialize(deserialize(ref.segment.read(ref.offset, ref.length), BSON_DECODE_OPTIONS)));
  expect(viaFind).toEqual(decoded);
}

const update = (collection: Collection, id: number, u: Doc) => updateDocuments(collection, { q: { _id: id }, u });

const operation = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), id: fc.integer({ min: 0, max: 7 }), n: fc.integer() }),
  fc.record({ op: fc.constant('claim' as const), id: fc.integer({ min: 0, max: 7 }), n: fc.integer() }),
  fc.record({ op: fc.constant('finish' as const), id: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('remove' as const), id: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('change-a-copy' as const), id: fc.integer({ min: 0, max: 7 }) }),
);

function apply(collection: Collection, step: { op: string; id: number; n?: number }): void {
  const { op, id, n = 0 } = step;
  if (op === 'insert' && !collection.getById(id)) {
    collection.insert({ _id: id, status: 'pending', lineUserId: `U${id % 3}`, nextAttemptAt: new Date(n), payload: { message: { text: `ข้อความ ${n}` } } });
  }
  if (op === 'claim') update(collection, id, { $set: { status: 'processing', leaseUntil: new Date(n) }, $inc: { attempts: 1 } });
  if (op === 'finish') update(collection, id, { $set: { status: 'done', 'payload.message.text': 'ลบแล้ว' }, $unset: { leaseUntil: '' } });
  if (op === 'remove') {
    const doc = collection.getById(id);
    if (doc) collection.remove(doc);
  }
  if (op === 'change-a-copy') {
    for (const copy of collection.findCopies({ _id: id })) (copy.payload as Doc).message = 'changed by a stage';
  }
}

describe('embedded recently used documents', () => {
  it('when documents are written, updated, removed and some commands rolled back, then every read is what the stored bytes say', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ steps: fc.array(operation, { maxLength: 6 }), rolledBack: fc.boolean() }), { maxLength: 25 }), (commands) => {
        const { collection, log } = events();
        for (const { steps, rolledBack } of commands) {
          for (const step of steps) apply(collection, step);
          if (rolledBack) log.rollback();
          else log.commit();
          expectReadsMatchStoredBytes(collection);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('when an event is claimed and finished right after it was stored, then no stored bytes are read back', () => {
    const { collection, log } = events();
    for (let id = 0; id < 100; id++) collection.insert({ _id: id, status: 'pending', lineUserId: `U${id}`, nextAttemptAt: new Date(id) });
    for (let id = 0; id < 100; id++) update(collection, id, { $set: { status: 'processing' } });
    for (let id = 0; id < 100; id++) update(collection, id, { $set: { status: 'done' } });
    expect(collection.find({ status: 'done' })).toHaveLength(100);
    expect(log.reads).toBe(0);
  });

  it('when far more documents are used than it keeps, then the oldest are read from their bytes again, correctly', () => {
    const { collection, log } = events();
    const text = 'ข้อความยาว '.repeat(100);
    for (let id = 0; id < 2_000; id++) collection.insert({ _id: id, status: 'pending', text });
    expect(collection.getById(0)).toMatchObject({ _id: 0, text });
    expect(log.reads).toBe(1);
    collection.getById(1_999);
    expect(log.reads).toBe(1);
  });

  it('when an aggregation stage changes the documents it is given, then the stored documents stay as they were', async () => {
    const { collection, catalog } = events();
    collection.insert({ _id: 1, status: 'pending', payload: { text: 'เดิม' } });
    collection.getById(1);
    const context = { db: 'app', catalog, cursors: new CursorStore(), connectionId: 1, compact: async () => 0 };
    const pipeline = [{ $match: { _id: 1 } }, { $addFields: { 'payload.text': 'แก้ในขั้นตอน', added: true } }];
    const reply = (await runCommand({ aggregate: 'inbox_events', pipeline, cursor: {} }, context)) as { cursor: { firstBatch: Doc[] } };
    expect(reply.cursor.firstBatch[0]).toMatchObject({ payload: { text: 'แก้ในขั้นตอน' }, added: true });
    expect(collection.getById(1)).toEqual({ _id: 1, status: 'pending', payload: { text: 'เดิม' } });
  });

  it('when a document holds a BSON undefined or binary data, then reads give what storage kept (undefined fields dropped)', () => {
    const { collection, log } = events();
    collection.insert({ _id: 'u', status: 'pending', gone: undefined });
    collection.insert({ _id: 'b', status: 'pending', photo: new Binary(Buffer.from('ภาพ')) });
    const reads = log.reads;
    expect(Object.keys(collection.getById('u')!)).toEqual(['_id', 'status']);
    expect(collection.find({ gone: { $exists: true } })).toEqual([]);
    expect(Buffer.from((collection.getById('b')!.photo as Binary).buffer).toString()).toBe('ภาพ');
    expect(log.reads).toBeGreaterThan(reads);
    expectReadsMatchStoredBytes(collection);
  });

  it('when nothing in the index fields changed, then the update does not work out those index keys again', () => {
    const { collection } = events();
    collection.insert({ _id: 1, status: 'pending', lineUserId: 'U1', nextAttemptAt: new Date(0) });
    const [, byStatus, byUser] = [...collection.indexes.values()];
    const statusKeys = vi.spyOn(byStatus!, 'keysOf');
    const userKeys = vi.spyOn(byUser!, 'keysOf');
    update(collection, 1, { $set: { leaseUntil: new Date(5) } });
    expect(statusKeys).not.toHaveBeenCalled();
    expect(userKeys).not.toHaveBeenCalled();
    update(collection, 1, { $set: { status: 'processing' } });
    expect(collection.find({ status: 'processing', lineUserId: 'U1' })).toHaveLength(1);
    expect(collection.find({ status: 'pending' })).toHaveLength(0);
  });
});
