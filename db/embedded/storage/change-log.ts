import type { Doc } from '../values/doc-paths.ts';
import type { Segment } from './doc-ref.ts';

/**
 * Where collections report each change: the journal of the running server. A command's changes
 * are applied in memory as it runs and written to the journal when it ends; if that write fails,
 * the undo steps registered here take them back before any other command can see them.
 */
export interface ChangeLog {
  /** Journals a new version of a document; returns where its bytes will be read from. */
  putDocument(db: string, collection: string, bytes: Buffer): { segment: Segment; offset: number };
  /** Journals any other change (delete, create, drop, index). */
  append(record: Doc): void;
  onRollback(undo: () => void): void;
}

/** While a data directory is being loaded, its records are replayed, not journaled again. */
export const REPLAYING: ChangeLog = {
  putDocument: () => {
    throw new Error('documents are restored from their data file while loading');
  },
  append: () => undefined,
  onRollback: () => undefined,
};
