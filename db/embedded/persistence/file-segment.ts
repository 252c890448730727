import { closeSync, openSync, readSync } from 'node:fs';
import type { Segment } from '../storage/doc-ref.ts';

/** Reads document bytes from a data file with pread; the OS page cache keeps hot ones in memory. */
export function readAt(fd: number, offset: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let read = 0;
  while (read < length) {
    const n = readSync(fd, bytes, read, length - read, offset + read);
    if (n === 0) throw new Error(`data file ended at ${offset + read}, expected ${length} bytes at ${offset}`);
    read += n;
  }
  return bytes;
}

/** A scan reads this much of a file at once, so documents that follow each other cost one pread per window. */
const WINDOW_BYTES = 64 * 1024;
/** Record framing between two documents that follow each other. */
const GAP_BYTES = 256;

/** Read-ahead for scans: documents that lie one after another in the file cost one pread per window. */
export class ReadWindow {
  private start = 0;
  private bytes = Buffer.alloc(0);
  /** Where the previous read ended: a read starting (about) there is sequential. */
  private next = -1;

  /** `end`: how far the file's bytes are final (a journal's written length); nothing past it is read ahead. */
  read(fd: number, offset: number, length: number, end = Number.POSITIVE_INFINITY): Buffer {
    const sequential = offset >= this.next && offset - this.next <= GAP_BYTES;
    this.next = offset + length;
    const from = offset - this.start;
    if (from >= 0 && from + length <= this.bytes.length) return this.bytes.subarray(from, from + length);
    // Updated documents live further on in the file: jumping there is a plain read, not a new window.
    if (!sequential) return readAt(fd, offset, length);
    // A fresh buffer each time: decoded values may still refer to the previous one.
    const window = Buffer.allocUnsafe(Math.max(length, Math.min(WINDOW_BYTES, end - offset)));
    this.bytes = window.subarray(0, readSync(fd, window, 0, window.length, offset));
    this.start = offset;
    return this.bytes.length >= length ? this.bytes.subarray(0, length) : readAt(fd, offset, length);
  }
}

/** A data file no longer written to (a snapshot): open while documents point into it. */
export class FileSegment implements Segment {
  private readonly fd: number;
  private readonly window = new ReadWindow();

  constructor(path: string) {
    this.fd = openSync(path, 'r');
  }

  read(offset: number, length: number, sequential = false): Buffer {
    return sequential ? this.window.read(this.fd, offset, length) : readAt(this.fd, offset, length);
  }

  close(): void {
    closeSync(this.fd);
  }
}
