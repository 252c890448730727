import { readdirSync, rmSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import type { EmbeddedLogger } from '../logger.ts';
import type { Catalog } from '../storage/catalog.ts';
import type { Segment } from '../storage/doc-ref.ts';
import { FileSegment } from './file-segment.ts';
import { Journal, type JournalOptions } from './journal.ts';
import { decodeRecords, type FileRecord } from './record-file.ts';
import { readIfExists } from './snapshot.ts';

export const SNAPSHOT_FILE = 'snapshot.bson';
export const JOURNAL_FILE = 'journal.bson';
/** A journal set aside when a snapshot started; it is deleted once that snapshot is complete. */
export const retiredJournalFile = (generation: number) => `journal-${generation}.bson`;
const RETIRED = /^journal-(\d+)\.bson$/;

export interface DataFile extends Segment {
  close(): void;
}

/** The files a loaded data directory reads from and writes to. */
export interface DataFiles {
  /** The generation of the active journal; the next snapshot gets the one after. */
  generation: number;
  snapshot: FileSegment | null;
  /** Journals set aside for a snapshot that is running, or did not complete (a crash, a full disk): still read from. */
  retired: { path: string; generation: number; segment: DataFile }[];
  journal: Journal;
}

/** Reads a data file's records; a damaged tail is reported and cut off so appends start clean. */
function readRecords(path: string, logger: EmbeddedLogger): FileRecord[] {
  const bytes = readIfExists(path);
  if (!bytes) return [];
  const { records, validBytes } = decodeRecords(bytes);
  if (validBytes < bytes.length) {
    logger.warn(
      { file: path, validBytes, skippedBytes: bytes.length - validBytes },
      'corrupt or truncated tail in data file (e.g. power loss mid-write); skipped it and loaded the rest',
    );
    truncateSync(path, validBytes);
  }
  return records;
}

/** Every file starts with `{ o: 'meta', generation }`: the snapshot generation its changes follow. */
function generationOf(records: FileRecord[]): number | undefined {
  const first = records[0]?.record;
  return first?.o === 'meta' ? Number(first.generation) : undefined;
}

function applyAll(catalog: Catalog, records: FileRecord[], segment: Segment, logger: EmbeddedLogger): void {
  for (const { record, doc } of records) {
    if (record.o === 'meta') continue;
    try {
      catalog.apply(record, doc && { bytes: doc.bytes, segment, offset: doc.offset });
    } catch (err) {
      logger.warn({ op: record.o, collection: `${String(record.d)}.${String(record.c)}`, err: String(err) }, 'skipped a journal record that could not be applied');
    }
  }
}

function retiredJournals(dbPath: string): { path: string; generation: number }[] {
  return readdirSync(dbPath)
    .map((name) => ({ name, match: RETIRED.exec(name) }))
    .filter(({ match }) => match !== null)
    .map(({ name, match }) => ({ path: join(dbPath, name), generation: Number(match?.[1]) }))
    .sort((a, b) => a.generation - b.generation);
}

/**
 * Loads a data directory into `catalog`: the snapshot, then every journal that follows it in
 * generation order. A journal older than the snapshot is already contained in it.
 */
export function loadDataDir(dbPath: string, catalog: Catalog, logger: EmbeddedLogger, journalOptions: JournalOptions): DataFiles {
  const snapshotPath = join(dbPath, SNAPSHOT_FILE);
  const snapshotRecords = readRecords(snapshotPath, logger);
  const generation = generationOf(snapshotRecords) ?? 0;
  const snapshot = snapshotRecords.length > 0 ? new FileSegment(snapshotPath) : null;
  if (snapshot) applyAll(catalog, snapshotRecords, snapshot, logger);
  const retired: DataFiles['retired'] = [];
  for (const file of retiredJournals(dbPath)) {
    if (file.generation < generation) {
      rmSync(file.path);
      continue;
    }
    const segment = new FileSegment(file.path);
    applyAll(catalog, readRecords(file.path, logger), segment, logger);
    retired.push({ ...file, segment });
  }
  const journalPath = join(dbPath, JOURNAL_FILE);
  const journalRecords = readRecords(journalPath, logger);
  const journalGeneration = generationOf(journalRecords);
  if (journalGeneration !== undefined && journalGeneration >= generation) {
    const journal = new Journal(journalPath, journalOptions);
    applyAll(catalog, journalRecords, journal, logger);
    return { generation: journalGeneration, snapshot, retired, journal };
  }
  if (journalRecords.length > 0) logger.warn({ journalGeneration }, 'ignored a journal older than the snapshot');
  // A crash right after a journal was set aside leaves none: the new one follows the last set aside.
  const next = Math.max(generation, ...retired.map((file) => file.generation + 1));
  return { generation: next, snapshot, retired, journal: Journal.create(journalPath, { o: 'meta', generation: next }, journalOptions) };
}
