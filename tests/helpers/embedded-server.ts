import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { afterEach, vi } from 'vitest';
import { startEmbeddedServer, type EmbeddedServerOptions } from '../../db/embedded/index.ts';

/** Fresh data directories for the calling test file, removed after each test. */
export function useTempDataDirs(prefix = 'clinic-embedded-'): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}

export function spyLogger() {
  const log = vi.fn<(obj: object, msg?: string) => void>;
  return { info: log(), warn: log(), error: log() };
}

/** Opens the data dir, runs `use` with a connected client, then shuts everything down cleanly. */
export async function withServer<T>(
  dbPath: string,
  use: (client: MongoClient) => Promise<T>,
  options: Omit<EmbeddedServerOptions, 'dbPath'> = {},
): Promise<T> {
  const server = await startEmbeddedServer({ dbPath, ...options });
  const client = await MongoClient.connect(server.uri);
  try {
    return await use(client);
  } finally {
    await client.close();
    await server.close();
  }
}
