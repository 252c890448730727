import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startEmbeddedServer } from '../../db/embedded/index.ts';
import { isEmbeddedDb } from '../helpers/database.ts';
import { useTempDataDirs } from '../helpers/embedded-server.ts';

const tempDir = useTempDataDirs('clinic-lock-');
const lockPath = (dbPath: string) => join(dbPath, 'embedded.lock');

/** What a crash leaves behind: the lock, no longer refreshed for a minute. */
function leaveCrashedLock(dbPath: string): void {
  mkdirSync(lockPath(dbPath));
  const aMinuteAgo = new Date(Date.now() - 60_000);
  utimesSync(lockPath(dbPath), aMinuteAgo, aMinuteAgo);
}

async function opensWithin(dbPath: string, ms: number): Promise<void> {
  const started = Date.now();
  const server = await startEmbeddedServer({ dbPath });
  await server.close();
  expect(Date.now() - started).toBeLessThan(ms);
}

describe.skipIf(!isEmbeddedDb())('embedded server: data directory lock', () => {
  it('when this process already has the data dir open, then a second server refuses it', async () => {
    const dbPath = tempDir();
    const server = await startEmbeddedServer({ dbPath });
    await expect(startEmbeddedServer({ dbPath, lockWaitMs: 600 })).rejects.toThrow(/is in use by another process/);
    await server.close();
    await opensWithin(dbPath, 2000);
  });

  it('when the lock was left by a crash of a process with this same PID (a container restarting as PID 1), then it is taken over at once', async () => {
    const dbPath = tempDir();
    leaveCrashedLock(dbPath);
    await opensWithin(dbPath, 2000);
    // The PID file of earlier versions, holding this very PID, is taken over too.
    writeFileSync(lockPath(dbPath), String(process.pid));
    await opensWithin(dbPath, 2000);
  });

  it('when another live process holds the data dir, then opening it is refused until that process has closed', async () => {
    const dbPath = tempDir();
    const holder = spawn(process.execPath, ['--experimental-strip-types', 'tests/db/fixtures/hold-data-dir.ts', dbPath], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      holder.on('exit', (code) => reject(new Error(`holder exited early with ${code}`)));
      holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    });
    try {
      await expect(startEmbeddedServer({ dbPath, lockWaitMs: 1500 })).rejects.toThrow(/is in use by another process/);
    } finally {
      holder.removeAllListeners('exit');
      const exited = once(holder, 'exit');
      holder.kill('SIGTERM');
      await exited;
    }
    await opensWithin(dbPath, 2000);
  });
});
