import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const REPO_ROOT = new URL('..', import.meta.url).pathname;
export const LIFF_DIST = join(REPO_ROOT, 'liff/dist');
const INPUTS_FILE = join(LIFF_DIST, '.vite/inputs.json');
/** Not modules of the bundle, but they change what it is made of. */
const BUILD_INPUTS = ['liff/vite.config.ts', 'liff/index.html', 'package-lock.json'];

/**
 * Why the LIFF build must be (re)made, or null when it is up to date: missing, or some file it was
 * built from (the list the build itself recorded) is newer than it, or gone.
 */
export function staleReason(): string | null {
  if (!existsSync(INPUTS_FILE)) return 'liff/dist ยังไม่มี (no build yet)';
  const builtAt = statSync(INPUTS_FILE).mtimeMs;
  const inputs = [...(JSON.parse(readFileSync(INPUTS_FILE, 'utf8')) as string[]), ...BUILD_INPUTS];
  for (const input of inputs) {
    const path = join(REPO_ROOT, input);
    if (!existsSync(path)) return `${input} หายไป (source removed)`;
    if (statSync(path).mtimeMs > builtAt) return `${input} ใหม่กว่า build (changed since the build)`;
  }
  return null;
}

const LOCK_DIR = join(REPO_ROOT, 'liff/.build-lock');
const STALE_LOCK_MS = 120_000;

/** One build at a time (parallel test files); a lock left by a killed build expires. */
export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch {
      const age = Date.now() - (statSync(LOCK_DIR, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(LOCK_DIR, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}
