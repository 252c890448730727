/**
 * Child process of bench:db: how much resident memory the embedded server needs per 10,000
 * documents of one shape. Runs alone (node --expose-gc) so nothing else the benchmark did is
 * counted: RSS after a forced GC with the empty collection and its indexes, then after the fill.
 * Prints one JSON line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient, type Document } from 'mongodb';
import { startEmbeddedServer } from '../../db/embedded/index.ts';

export type MemoryShape = 'small' | 'inbox';

export interface MemoryFigures {
  shape: MemoryShape;
  documents: number;
  bsonBytesPerDoc: number;
  rssMbPer10k: number;
  heapMbPer10k: number;
}

const THAI_QUESTION = 'สวัสดีครับ อยากทราบว่าต้องเตรียมเอกสารอะไรบ้างสำหรับขอใบอนุญาตก่อสร้างอาคาร และยื่นได้ที่สำนักงานไหนครับ';

/** Shaped like the bot's inbox_events: a LINE text message event with lease fields and timestamps. */
function inboxEvent(i: number): Document {
  const now = new Date();
  const userId = `U${(i % 2000).toString(16).padStart(32, '0')}`;
  return {
    webhookEventId: `01J${i.toString(36).padStart(23, '0')}`,
    type: 'message',
    lineUserId: userId,
    eventTimestamp: now,
    isRedelivery: false,
    payload: {
      type: 'message',
      mode: 'active',
      timestamp: now.getTime(),
      source: { type: 'user', userId },
      webhookEventId: `01J${i.toString(36).padStart(23, '0')}`,
      deliveryContext: { isRedelivery: false },
      replyToken: `nHuyWiB7yP5Zw52FIkcQobQuGD${i.toString(36)}`,
      message: { id: String(325708 + i), type: 'text', text: THAI_QUESTION, quoteToken: `q${i.toString(36)}` },
    },
    status: 'done',
    attempts: 1,
    nextAttemptAt: now,
    processedAt: now,
    expireAt: now,
    createdAt: now,
    updatedAt: now,
    __v: 0,
  };
}

const small = (i: number): Document => ({ key: `key-${i}`, n: i, payload: 'x'.repeat(100), __v: 0 });

type IndexDef = [key: Document, options: Document];

/** The indexes the real collections have (bench:db's records; models/inbox-event.ts). */
const SHAPES: Record<MemoryShape, { make: (i: number) => Document; indexes: IndexDef[] }> = {
  small: { make: small, indexes: [[{ key: 1 }, { unique: true }]] },
  inbox: {
    make: inboxEvent,
    indexes: [
      [{ webhookEventId: 1 }, { unique: true }],
      [{ status: 1, nextAttemptAt: 1 }, {}],
      [{ lineUserId: 1, status: 1 }, {}],
      [{ expireAt: 1 }, { expireAfterSeconds: 30 * 86_400 }],
    ],
  },
};

type Gc = (options?: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

/** A last-resort collection compacts the heap and hands free pages back, so RSS shows what is kept. */
function settledRss(): { rss: number; heap: number } {
  const gc = (globalThis as { gc?: Gc }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  for (let i = 0; i < 3; i++) gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  const usage = process.memoryUsage();
  return { rss: usage.rss, heap: usage.heapUsed + usage.arrayBuffers };
}

async function measure(shape: MemoryShape, documents: number): Promise<MemoryFigures> {
  const { make, indexes } = SHAPES[shape];
  const dbPath = mkdtempSync(join(tmpdir(), 'clinic-bench-memory-'));
  const server = await startEmbeddedServer({ dbPath });
  const client = await MongoClient.connect(server.uri);
  try {
    const collection = client.db('bench').collection(shape);
    for (const [key, options] of indexes) await collection.createIndex(key, options);
    const before = settledRss();
    for (let from = 0; from < documents; from += 1000) {
      await collection.insertMany(Array.from({ length: 1000 }, (_, i) => make(from + i)));
    }
    const after = settledRss();
    const per10k = (bytes: number) => Number(((bytes / documents) * 10_000 / 1024 / 1024).toFixed(1));
    const { BSON } = await import('mongodb');
    return {
      shape,
      documents,
      bsonBytesPerDoc: BSON.calculateObjectSize({ _id: new BSON.ObjectId(), ...make(0) }),
      rssMbPer10k: per10k(after.rss - before.rss),
      heapMbPer10k: per10k(after.heap - before.heap),
    };
  } finally {
    await client.close();
    await server.close();
    rmSync(dbPath, { recursive: true, force: true });
  }
}

const [shape, count] = process.argv.slice(2);
if (shape === 'small' || shape === 'inbox') {
  process.stdout.write(`${JSON.stringify(await measure(shape, Number(count) || 50_000))}\n`);
}
