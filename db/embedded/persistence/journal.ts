import { closeSync, fsync, fsyncSync, ftruncateSync, openSync, statSync } from 'node:fs';
import type { WriteLog } from '../storage/write-log.ts';
import { encodeRecord, writeAll } from './record-file.ts';

/**
 * Append-only journal of changes.
 *
 * Durability: `flush()` hands the records of a command to the kernel with a synchronous write()
 * before the reply is sent, so an acknowledged write survives a crash or `kill -9` of this process
 * (the OS page cache outlives the process). Against power loss we additionally fsync in the
 * background every `fsyncIntervalMs` (100 ms) and on close: at most that window can be lost then.
 */
export class Journal implements WriteLog {
  private fd: number;
  private pending: Buffer[] = [];
  private dirty = false;
  private syncing = false;
  private readonly timer: NodeJS.Timeout;
  bytes: number;

  constructor(path: string, fsyncIntervalMs = 100) {
    this.fd = openSync(path, 'a');
    this.bytes = statSync(path).size;
    this.timer = setInterval(() => this.syncInBackground(), fsyncIntervalMs);
    this.timer.unref();
  }

  append(record: Record<string, unknown>): void {
    this.pending.push(encodeRecord(record));
  }

  /** Writes everything appended so far; call before acknowledging the command. */
  flush(): void {
    if (this.pending.length === 0) return;
    const data = this.pending.length === 1 ? (this.pending[0] as Buffer) : Buffer.concat(this.pending);
    this.pending = [];
    writeAll(this.fd, data);
    this.bytes += data.length;
    this.dirty = true;
  }

  /** Empties the journal (its contents went into a snapshot) and starts it with `header`. */
  reset(header: Record<string, unknown>): void {
    this.pending = [];
    ftruncateSync(this.fd, 0);
    this.bytes = 0;
    this.append(header);
    this.flush();
    fsyncSync(this.fd);
    this.dirty = false;
  }

  close(): void {
    clearInterval(this.timer);
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
  }

  private syncInBackground(): void {
    if (!this.dirty || this.syncing) return;
    this.dirty = false;
    this.syncing = true;
    fsync(this.fd, () => {
      this.syncing = false;
    });
  }
}
