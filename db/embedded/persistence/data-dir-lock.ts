import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCK_FILE = 'embedded.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(path: string): boolean {
  try {
    writeFileSync(path, String(process.pid), { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/**
 * Makes sure only one process opens a data directory. A lock left by a dead process is taken over.
 * Returns a function that releases it.
 */
export function lockDataDir(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  if (!tryCreate(path)) {
    const owner = Number.parseInt(readFileSync(path, 'utf8'), 10);
    if (Number.isFinite(owner) && isAlive(owner)) {
      throw new Error(`data directory ${dir} is in use by process ${owner} (lock file ${path})`);
    }
    rmSync(path, { force: true });
    if (!tryCreate(path)) throw new Error(`could not take over the lock file ${path}`);
  }
  return () => rmSync(path, { force: true });
}
