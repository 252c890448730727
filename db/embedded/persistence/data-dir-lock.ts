import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

const LOCK_NAME = 'embedded.lock';

/**
 * The owner refreshes the lock's mtime every 5 s; one not refreshed for 10 s belongs to a process
 * that is gone. A PID cannot tell that: a container restarting as PID 1 after a crash finds its
 * own PID in the lock, and two containers sharing a volume may both be PID 1.
 */
const STALE_MS = 10_000;
const RETRY_EVERY_MS = 500;
/** Long enough for the lock of a crashed predecessor to go stale, so a restart right after a crash waits instead of failing. */
export const DEFAULT_LOCK_WAIT_MS = STALE_MS + 2_000;

export interface DataDirLockOptions {
  waitMs?: number;
  /** The lock was taken away (its mtime could not be refreshed in time): this process must stop writing. */
  onLost: (err: Error) => void;
}

/** The PID file of earlier versions sits where the lock directory goes; whoever wrote it runs no more. */
function removeOldPidFile(path: string): void {
  if (statSync(path, { throwIfNoEntry: false })?.isFile()) rmSync(path);
}

/**
 * Makes sure only one process opens a data directory, waiting up to `waitMs` for a stale lock to
 * be recognised. Returns a function that releases it.
 */
export async function lockDataDir(dir: string, options: DataDirLockOptions): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_NAME);
  removeOldPidFile(path);
  const retries = Math.max(0, Math.ceil((options.waitMs ?? DEFAULT_LOCK_WAIT_MS) / RETRY_EVERY_MS));
  try {
    return await lockfile.lock(dir, {
      lockfilePath: path,
      realpath: false,
      stale: STALE_MS,
      retries: { retries, factor: 1, minTimeout: RETRY_EVERY_MS, maxTimeout: RETRY_EVERY_MS },
      onCompromised: options.onLost,
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
    throw new Error(`data directory ${dir} is in use by another process (its lock ${path} is being kept fresh)`);
  }
}
