import type { ChangeLog } from '../../db/embedded/storage/change-log.ts';
import type { Segment } from '../../db/embedded/storage/doc-ref.ts';

/** A change log that keeps document versions in memory, for unit tests of collections without a data directory. */
export function memoryChangeLog(): ChangeLog {
  const versions: Buffer[] = [];
  const segment: Segment = { read: (offset) => versions[offset] as Buffer };
  return {
    putDocument: (_db, _collection, bytes) => ({ segment, offset: versions.push(bytes) - 1 }),
    append: () => undefined,
    onRollback: () => undefined,
  };
}
