import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { errors } from '../errors.ts';
import type { EmbeddedLogger } from '../logger.ts';
import { Catalog } from '../storage/catalog.ts';
import { REPLAYING, type ChangeLog } from '../storage/change-log.ts';
import type { Segment } from '../storage/doc-ref.ts';
import type { Doc } from '../values/doc-paths.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { Journal, type JournalOptions } from './journal.ts';
import { NODE_JOURNAL_IO, type JournalIo } from './journal-io.ts';
import { JOURNAL_FILE, loadDataDir, retiredJournalFile, SNAPSHOT_FILE, type DataFiles } from './recovery.ts';
import { captureCatalog, writeSnapshot } from './snapshot.ts';

export interface StoreOptions {
  dbPath: string;
  logger: EmbeddedLogger;
  /** How long to wait for the lock of a crashed predecessor to go stale. */
  lockWaitMs?: number;
  /** Rewrite the snapshot and start a fresh journal once the journal grows past this size. */
  compactThresholdBytes?: number;
  journalIo?: JournalIo;
}

const DEFAULT_COMPACT_THRESHOLD = 64 * 1024 * 1024;
/** After a failed snapshot (a full disk...), the journal keeps growing; try again a minute later, not on every write. */
const COMPACTION_RETRY_MS = 60_000;

/**
 * The catalog loaded from a data directory, with every later change journaled. Each command's
 * changes are applied in memory as it runs; `commit()` writes them to the journal before the reply,
 * or takes them back so that no other client ever sees a change that is not in the journal.
 */
export class DurableStore implements ChangeLog {
  readonly catalog: Catalog;
  private files: DataFiles;
  private undo: (() => void)[] = [];
  /** Set once writes can no longer be made durable (a failed fsync, a lost lock); reads go on. */
  private failure: Error | null = null;
  private compaction: Promise<number> | null = null;
  private nextCompactionAt = 0;
  private closed = false;
  private readonly dbPath: string;
  private readonly unlock: () => Promise<void>;
  private readonly threshold: number;
  private readonly logger: EmbeddedLogger;
  private readonly journalOptions: JournalOptions;

  /** Locks the data directory, then loads it. */
  static async open(options: StoreOptions): Promise<DurableStore> {
    mkdirSync(options.dbPath, { recursive: true, mode: 0o700 });
    let store: DurableStore | undefined;
    const unlock = await lockDataDir(options.dbPath, {
      waitMs: options.lockWaitMs,
      onLost: (err) => store?.stopWrites(err, 'lost the data directory lock (another process may have taken it over)'),
    });
    try {
      store = new DurableStore(options, unlock);
      return store;
    } catch (err) {
      await unlock();
      throw err;
    }
  }

  private constructor(options: StoreOptions, unlock: () => Promise<void>) {
    this.dbPath = options.dbPath;
    this.unlock = unlock;
    this.logger = options.logger;
    this.threshold = options.compactThresholdBytes ?? DEFAULT_COMPACT_THRESHOLD;
    this.catalog = new Catalog(REPLAYING);
    this.journalOptions = {
      io: options.journalIo ?? NODE_JOURNAL_IO,
      onFailure: (err) => this.stopWrites(err, 'its journal could not be made durable'),
    };
    this.files = loadDataDir(options.dbPath, this.catalog, options.logger, this.journalOptions);
    this.catalog.log = this;
    // A snapshot that did not complete left journals to fold in.
    if (this.files.retired.length > 0) setImmediate(() => void this.compact().catch(() => undefined));
  }

  putDocument(db: string, collection: string, bytes: Buffer): { segment: Segment; offset: number } {
    return this.files.journal.putDocument(db, collection, bytes);
  }

  append(record: Doc): void {
    this.files.journal.append(record);
  }

  onRollback(undo: () => void): void {
    this.undo.push(undo);
  }

  /** After each command, before its reply: journal its changes, or take them back and throw MongoDB-style. */
  commit(): void {
    const { journal } = this.files;
    if (!journal.hasPending) {
      this.undo = [];
      return;
    }
    if (this.failure) {
      this.rollback();
      throw errors.writesStopped(this.failure);
    }
    try {
      journal.flush();
    } catch (err) {
      this.rollback();
      throw errors.journalWriteFailed(err as Error);
    }
    this.undo = [];
    if (journal.bytes > this.threshold && !this.compaction && Date.now() >= this.nextCompactionAt) {
      void this.compact().catch(() => undefined);
    }
  }

  /**
   * Snapshot in the background: the journal is set aside and a fresh one started (between two
   * commands), then the documents are copied into the new snapshot chunk by chunk while clients
   * are served. Resolves to the bytes the data files shrank by.
   */
  compact(): Promise<number> {
    if (this.closed) return Promise.resolve(0);
    this.compaction ??= this.writeSnapshot().finally(() => {
      this.compaction = null;
    });
    return this.compaction;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.compaction?.catch(() => undefined);
    this.files.journal.close();
    this.files.snapshot?.close();
    for (const { segment } of this.files.retired) segment.close();
    await this.unlock();
  }

  private rollback(): void {
    this.files.journal.discardPending();
    for (const undo of this.undo.reverse()) undo();
    this.undo = [];
  }

  private stopWrites(err: Error, why: string): void {
    if (this.failure) return;
    this.failure = err;
    this.logger.error({ err: err.message }, `embedded database stopped accepting writes: ${why}; restart it once the cause is fixed`);
  }

  private async writeSnapshot(): Promise<number> {
    const old = this.files;
    const generation = old.generation + 1;
    // Between two commands: from here on every write goes to the new journal.
    old.journal.retire(join(this.dbPath, retiredJournalFile(old.generation)));
    const retired = [...old.retired, { path: old.journal.path, generation: old.generation, segment: old.journal }];
    const journal = Journal.create(join(this.dbPath, JOURNAL_FILE), { o: 'meta', generation }, this.journalOptions);
    this.files = { generation, snapshot: old.snapshot, retired, journal };
    const captured = captureCatalog(this.catalog);
    const sizeBefore = fileSize(join(this.dbPath, SNAPSHOT_FILE)) + retired.reduce((sum, file) => sum + fileSize(file.path), 0);
    try {
      await old.journal.sync();
      const written = await writeSnapshot(join(this.dbPath, SNAPSHOT_FILE), captured, { o: 'meta', generation });
      written.relocate();
      old.snapshot?.close();
      for (const file of retired) {
        file.segment.close();
        rmSync(file.path, { force: true });
      }
      this.files = { ...this.files, snapshot: written.segment, retired: [] };
      this.logger.info({ snapshotBytes: written.bytes }, 'embedded database compacted its journal into a snapshot');
      return Math.max(0, sizeBefore - written.bytes);
    } catch (err) {
      this.nextCompactionAt = Date.now() + COMPACTION_RETRY_MS;
      this.logger.error({ err: (err as Error).message }, 'embedded database could not write its snapshot; the journal keeps every change and it will try again');
      throw err;
    }
  }
}

function fileSize(path: string): number {
  return statSync(path, { throwIfNoEntry: false })?.size ?? 0;
}
