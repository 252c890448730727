import { calculateObjectSize, Long } from 'bson';
import { errors } from './errors.ts';
import type { Doc } from './values/doc-paths.ts';

const DEFAULT_FIRST_BATCH = 101;
/** Keeps a reply well under the 48 MB message limit, like MongoDB's 16 MB batches. */
const MAX_BATCH_BYTES = 16 * 1024 * 1024;
const IDLE_TIMEOUT_MS = 10 * 60 * 1000;

interface OpenCursor {
  ns: string;
  docs: Doc[];
  position: number;
  lastUsed: number;
}

export interface CursorReply extends Doc {
  cursor: { id: Long; ns: string; firstBatch?: Doc[]; nextBatch?: Doc[] };
  ok: 1;
}

function takeBatch(docs: Doc[], from: number, maxCount: number): Doc[] {
  const batch: Doc[] = [];
  let bytes = 0;
  for (let i = from; i < docs.length && batch.length < maxCount; i++) {
    const doc = docs[i] as Doc;
    bytes += calculateObjectSize(doc);
    if (batch.length > 0 && bytes > MAX_BATCH_BYTES) break;
    batch.push(doc);
  }
  return batch;
}

function batchLimit(batchSize: unknown, fallback: number): number {
  return typeof batchSize === 'number' && batchSize > 0 ? batchSize : fallback;
}

/** Server-side cursors: the rest of a result kept in memory until fetched with getMore or killed. */
export class CursorStore {
  private readonly open = new Map<number, OpenCursor>();
  private nextId = 1 + Math.floor(Math.random() * 2 ** 30);

  /** Returns the first batch; keeps a cursor only when documents remain. */
  start(ns: string, docs: Doc[], batchSize: unknown, singleBatch = false): CursorReply {
    const firstBatch = takeBatch(docs, 0, batchLimit(batchSize, DEFAULT_FIRST_BATCH));
    let id = 0;
    if (!singleBatch && firstBatch.length < docs.length) {
      id = this.nextId++;
      this.open.set(id, { ns, docs, position: firstBatch.length, lastUsed: Date.now() });
    }
    return { cursor: { id: Long.fromNumber(id), ns, firstBatch }, ok: 1 };
  }

  more(id: number, batchSize: unknown): CursorReply {
    const cursor = this.open.get(id);
    if (!cursor) throw errors.cursorNotFound(id);
    const nextBatch = takeBatch(cursor.docs, cursor.position, batchLimit(batchSize, Number.MAX_SAFE_INTEGER));
    cursor.position += nextBatch.length;
    cursor.lastUsed = Date.now();
    const exhausted = cursor.position >= cursor.docs.length;
    if (exhausted) this.open.delete(id);
    return { cursor: { id: Long.fromNumber(exhausted ? 0 : id), ns: cursor.ns, nextBatch }, ok: 1 };
  }

  kill(ids: number[]): { killed: number[]; notFound: number[] } {
    const killed = ids.filter((id) => this.open.delete(id));
    return { killed, notFound: ids.filter((id) => !killed.includes(id)) };
  }

  sweepIdle(now = Date.now()): void {
    for (const [id, cursor] of this.open) if (now - cursor.lastUsed > IDLE_TIMEOUT_MS) this.open.delete(id);
  }
}
