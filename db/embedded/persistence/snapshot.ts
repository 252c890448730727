import { existsSync, readFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Document } from 'bson';
import type { Catalog } from '../storage/catalog.ts';
import type { DocRef } from '../storage/doc-ref.ts';
import type { Doc } from '../values/doc-paths.ts';
import { FileSegment } from './file-segment.ts';
import { encodePutRecord, encodeRecord } from './record-file.ts';

/** Small enough that building one chunk (reading and framing its documents) never holds up clients for long. */
const CHUNK_BYTES = 256 * 1024;

/** One collection as it was when the snapshot started: its documents are immutable versions in files. */
interface CapturedCollection {
  at: { d: string; c: string };
  options: Doc;
  indexes: Document[];
  refs: DocRef[];
}

/** Taken synchronously between two commands: references only, no document is read. */
export function captureCatalog(catalog: Catalog): CapturedCollection[] {
  return catalog.allCollections().map((collection) => ({
    at: { d: collection.db, c: collection.name },
    options: collection.options,
    indexes: [...collection.indexes.values()].map((index) => index.spec).filter((spec) => spec.name !== '_id_'),
    refs: [...collection.refs().values()],
  }));
}

export interface WrittenSnapshot {
  bytes: number;
  segment: FileSegment;
  /** Points every captured document at its copy in the new snapshot. */
  relocate(): void;
}

/**
 * Writes the snapshot atomically (temp file, fsync, rename, fsync of the directory) in chunks,
 * awaiting each write, so commands keep being served while it runs.
 */
export async function writeSnapshot(path: string, captured: CapturedCollection[], header: Document): Promise<WrittenSnapshot> {
  const temp = `${path}.tmp`;
  const file = await open(temp, 'w');
  const moves: { refs: DocRef[]; offsets: number[] }[] = [];
  let written = 0;
  let chunk: Buffer[] = [];
  let chunkBytes = 0;
  const add = (record: Buffer) => {
    chunk.push(record);
    chunkBytes += record.length;
  };
  const drain = async () => {
    const data = Buffer.concat(chunk, chunkBytes);
    chunk = [];
    chunkBytes = 0;
    await file.write(data, 0, data.length, written);
    written += data.length;
  };
  try {
    add(encodeRecord(header));
    for (const { at, options, indexes, refs } of captured) {
      add(encodeRecord({ o: 'create', ...at, options }));
      for (const spec of indexes) add(encodeRecord({ o: 'index', ...at, spec }));
      // A plain array keeps the offsets small integers: one read from a Float64Array would be a
      // heap number, and storing it would box the offset of every document ref (16 bytes each).
      const offsets: number[] = [];
      for (const ref of refs) {
        const { record, docAt } = encodePutRecord(at.d, at.c, ref.segment.read(ref.offset, ref.length));
        offsets.push(written + chunkBytes + docAt);
        add(record);
        if (chunkBytes >= CHUNK_BYTES) await drain();
      }
      moves.push({ refs, offsets });
    }
    await drain();
    await file.sync();
  } catch (err) {
    await file.close();
    await rm(temp, { force: true });
    throw err;
  }
  await file.close();
  await rename(temp, path);
  await syncDirectory(dirname(path));
  const segment = new FileSegment(path);
  const relocate = () => {
    for (const { refs, offsets } of moves) {
      refs.forEach((ref, i) => {
        ref.segment = segment;
        ref.offset = offsets[i] ?? ref.offset;
      });
    }
  };
  return { bytes: written, segment, relocate };
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function readIfExists(path: string): Buffer | null {
  return existsSync(path) ? readFileSync(path) : null;
}
