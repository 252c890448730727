import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Document } from 'bson';
import type { Catalog } from '../storage/catalog.ts';
import { encodeRecord, writeAll } from './record-file.ts';

/** The catalog as records that rebuild it: collections, their indexes, then their documents. */
function* snapshotRecords(catalog: Catalog): Generator<Document> {
  for (const collection of catalog.allCollections()) {
    const at = { d: collection.db, c: collection.name };
    yield { o: 'create', ...at, options: collection.options };
    for (const index of collection.indexes.values()) {
      if (index.spec.name !== '_id_') yield { o: 'index', ...at, spec: index.spec };
    }
    for (const doc of collection.docs.values()) yield { o: 'put', ...at, doc };
  }
}

/** Writes the snapshot atomically: a temp file, fsync, rename over the old one, fsync the directory. */
export function writeSnapshot(path: string, catalog: Catalog, header: Document): number {
  const temp = `${path}.tmp`;
  const fd = openSync(temp, 'w');
  let bytes = 0;
  try {
    let chunk: Buffer[] = [];
    let chunkBytes = 0;
    const drain = () => {
      const data = Buffer.concat(chunk, chunkBytes);
      writeAll(fd, data);
      bytes += data.length;
      chunk = [];
      chunkBytes = 0;
    };
    for (const record of [header, ...snapshotRecords(catalog)]) {
      const encoded = encodeRecord(record);
      chunk.push(encoded);
      chunkBytes += encoded.length;
      if (chunkBytes > 4 * 1024 * 1024) drain();
    }
    drain();
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  syncDirectory(dirname(path));
  return bytes;
}

function syncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function readIfExists(path: string): Buffer | null {
  return existsSync(path) ? readFileSync(path) : null;
}
