import { fsync, writeSync } from 'node:fs';

/**
 * The two file operations a journal's durability rests on. Tests inject failing ones to check
 * that a failed write leaves nothing visible and a failed fsync stops writes.
 */
export interface JournalIo {
  /** Writes every byte of `data` at the end of the file (opened for appending), or throws. */
  append(fd: number, data: Uint8Array): void;
  /** Flushes the file to disk in the background. */
  fsync(fd: number, done: (err: NodeJS.ErrnoException | null) => void): void;
}

/** writeSync may write less than asked (large buffers, signals); loop until every byte is out. */
export function writeAll(fd: number, data: Uint8Array): void {
  let written = 0;
  while (written < data.length) written += writeSync(fd, data, written);
}

export const NODE_JOURNAL_IO: JournalIo = { append: writeAll, fsync: (fd, done) => fsync(fd, done) };
