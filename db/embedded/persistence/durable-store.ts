import { mkdirSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from 'bson';
import type { EmbeddedLogger } from '../logger.ts';
import { Catalog } from '../storage/catalog.ts';
import { NO_LOG } from '../storage/write-log.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { Journal } from './journal.ts';
import { decodeRecords } from './record-file.ts';
import { readIfExists, writeSnapshot } from './snapshot.ts';

export interface StoreOptions {
  dbPath: string;
  logger: EmbeddedLogger;
  /** How long to wait for the lock of a crashed predecessor to go stale. */
  lockWaitMs?: number;
  /** Rewrite the snapshot and empty the journal once it grows past this size. */
  compactThresholdBytes?: number;
}

const DEFAULT_COMPACT_THRESHOLD = 64 * 1024 * 1024;

/** Reads a data file's records; a damaged tail is reported and cut off so appends start clean. */
function readRecords(path: string, logger: EmbeddedLogger): Document[] {
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

/** Snapshot and journal start with `{ o: 'meta', generation }`; a journal from an older generation is already in the snapshot. */
function generationOf(records: Document[]): number | undefined {
  const first = records[0];
  return first?.o === 'meta' ? Number(first.generation) : undefined;
}

function applyAll(catalog: Catalog, records: Document[], logger: EmbeddedLogger): void {
  for (const record of records) {
    if (record.o === 'meta') continue;
    try {
      catalog.apply(record);
    } catch (err) {
      logger.warn({ op: record.o, err: String(err) }, 'skipped a journal record that could not be applied');
    }
  }
}

/** The catalog loaded from a data directory, with every later change journaled. */
export class DurableStore {
  readonly catalog: Catalog;
  private readonly journal: Journal;
  private readonly unlock: () => Promise<void>;
  private readonly snapshotPath: string;
  private readonly threshold: number;
  private readonly logger: EmbeddedLogger;
  private generation: number;

  /** Locks the data directory, then loads it. */
  static async open(options: StoreOptions): Promise<DurableStore> {
    mkdirSync(options.dbPath, { recursive: true });
    const unlock = await lockDataDir(options.dbPath, {
      waitMs: options.lockWaitMs,
      onLost: (err) => options.logger.error({ err: err.message }, 'lost the data directory lock'),
    });
    try {
      return new DurableStore(options, unlock);
    } catch (err) {
      await unlock();
      throw err;
    }
  }

  private constructor(options: StoreOptions, unlock: () => Promise<void>) {
    this.unlock = unlock;
    this.logger = options.logger;
    this.snapshotPath = join(options.dbPath, 'snapshot.bson');
    this.threshold = options.compactThresholdBytes ?? DEFAULT_COMPACT_THRESHOLD;
    const journalPath = join(options.dbPath, 'journal.bson');
    this.catalog = new Catalog(NO_LOG);
    const snapshot = readRecords(this.snapshotPath, options.logger);
    const journal = readRecords(journalPath, options.logger);
    this.generation = generationOf(snapshot) ?? 0;
    applyAll(this.catalog, snapshot, options.logger);
    const journalGeneration = generationOf(journal);
    if (journalGeneration === this.generation) applyAll(this.catalog, journal, options.logger);
    else if (journal.length > 0) options.logger.warn({ journalGeneration }, 'ignored a journal older than the snapshot');
    this.journal = new Journal(journalPath);
    if (journalGeneration !== this.generation) this.journal.reset({ o: 'meta', generation: this.generation });
    this.catalog.log = this.journal;
  }

  /** Makes the changes of the finished command durable (before its reply is sent). */
  flush(): void {
    this.journal.flush();
    if (this.journal.bytes > this.threshold) this.compact();
  }

  /**
   * Snapshot then start a fresh journal. The snapshot carries the next generation number, so after
   * a crash between the two steps the old journal is recognised as already contained and ignored.
   */
  compact(): void {
    this.journal.flush();
    this.generation += 1;
    const bytes = writeSnapshot(this.snapshotPath, this.catalog, { o: 'meta', generation: this.generation });
    this.journal.reset({ o: 'meta', generation: this.generation });
    this.logger.info({ snapshotBytes: bytes }, 'embedded database compacted its journal into a snapshot');
  }

  async close(): Promise<void> {
    this.journal.close();
    await this.unlock();
  }
}
