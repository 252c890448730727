import { closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, renameSync, writeFileSync } from 'node:fs';
import type { Segment } from '../storage/doc-ref.ts';
import type { Doc } from '../values/doc-paths.ts';
import { readAt, ReadWindow } from './file-segment.ts';
import type { JournalIo } from './journal-io.ts';
import { encodePutRecord, encodeRecord } from './record-file.ts';

export interface JournalOptions {
  io: JournalIo;
  /** A failed fsync, or a failed write that could not be cut off again: the journal can no longer be trusted. */
  onFailure: (err: Error) => void;
  fsyncIntervalMs?: number;
}

interface Pending {
  offset: number;
  data: Buffer;
}

/**
 * Append-only journal of changes, and the data file of every document version written since the
 * last snapshot.
 *
 * Durability: `flush()` hands the records of a command to the kernel with a synchronous write()
 * before the reply is sent, so an acknowledged write survives a crash or `kill -9` of this process
 * (the OS page cache outlives the process). Against power loss we additionally fsync in the
 * background every `fsyncIntervalMs` (100 ms) and on close: at most that window can be lost then.
 * A write that fails is cut off the file again, so the journal never holds half a record that
 * later ones would follow.
 */
export class Journal implements Segment {
  path: string;
  /** Bytes handed to the kernel; pending records follow them. */
  bytes: number;
  failure: Error | null = null;
  private readonly fd: number;
  private readonly options: JournalOptions;
  private pending: Pending[] = [];
  private pendingBytes = 0;
  private dirty = false;
  private syncing = false;
  private readonly timer: NodeJS.Timeout;
  private readonly window = new ReadWindow();

  /**
   * A new, empty journal that starts with `header`. Its first background fsync makes it durable;
   * until then a crash just finds no journal, which loading treats the same way.
   */
  static create(path: string, header: Doc, options: JournalOptions): Journal {
    writeFileSync(path, encodeRecord(header));
    const journal = new Journal(path, options);
    journal.dirty = true;
    return journal;
  }

  constructor(path: string, options: JournalOptions) {
    this.path = path;
    this.options = options;
    this.fd = openSync(path, 'a+');
    this.bytes = smallInteger(fstatSync(this.fd).size);
    this.timer = setInterval(() => this.syncInBackground(), options.fsyncIntervalMs ?? 100);
    this.timer.unref();
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  append(record: Doc): void {
    this.push(encodeRecord(record));
  }

  putDocument(db: string, collection: string, doc: Buffer): { segment: Segment; offset: number } {
    const { record, docAt } = encodePutRecord(db, collection, doc);
    return { segment: this, offset: this.push(record) + docAt };
  }

  read(offset: number, length: number, sequential = false): Buffer {
    if (offset + length <= this.bytes) return sequential ? this.window.read(this.fd, offset, length, this.bytes) : readAt(this.fd, offset, length);
    // Written earlier in the same command, not yet flushed.
    const chunk = this.pending.find((entry) => offset >= entry.offset && offset < entry.offset + entry.data.length);
    if (!chunk) throw new Error(`no journal bytes at ${offset}`);
    return chunk.data.subarray(offset - chunk.offset, offset - chunk.offset + length);
  }

  /** Writes everything appended so far; call before acknowledging the command. Throws if the write fails. */
  flush(): void {
    if (this.pending.length === 0) return;
    const data = this.pending.length === 1 ? (this.pending[0] as Pending).data : Buffer.concat(this.pending.map((entry) => entry.data));
    this.discardPending();
    try {
      this.options.io.append(this.fd, data);
    } catch (err) {
      this.cutBackTo(this.bytes);
      throw err;
    }
    this.bytes += data.length;
    this.dirty = true;
  }

  discardPending(): void {
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** Stops writing here: renamed, and kept open for the documents that still point into it. */
  retire(path: string): void {
    clearInterval(this.timer);
    renameSync(this.path, path);
    this.path = path;
  }

  /** Flushes what was written to disk now, off the request path. */
  sync(): Promise<void> {
    return new Promise((resolve, reject) => this.options.io.fsync(this.fd, (err) => (err ? reject(err) : resolve())));
  }

  close(): void {
    clearInterval(this.timer);
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
  }

  private push(data: Buffer): number {
    const offset = this.bytes + this.pendingBytes;
    this.pending.push({ offset, data });
    this.pendingBytes += data.length;
    return offset;
  }

  private cutBackTo(length: number): void {
    try {
      ftruncateSync(this.fd, length);
    } catch (err) {
      this.fail(err as Error);
    }
  }

  private fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    this.options.onFailure(err);
  }

  private syncInBackground(): void {
    if (!this.dirty || this.syncing) return;
    this.dirty = false;
    this.syncing = true;
    this.options.io.fsync(this.fd, (err) => {
      this.syncing = false;
      if (err) this.fail(err);
    });
  }
}

/**
 * fs.Stats hands sizes over as heap numbers, and sums with them stay heap numbers: every document
 * ref's offset would then be one, and V8 would box the offset of all of them (16 bytes each).
 * `| 0` makes a small integer of a size that fits in 31 bits; a larger one stays as it is.
 */
function smallInteger(n: number): number {
  return n < 2 ** 30 ? n | 0 : n;
}
