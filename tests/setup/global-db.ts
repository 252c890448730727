import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedServer } from '../../db/embedded/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** MongoDB URI every test file connects to (MONGODB_URI, or the run's embedded server). */
    mongoUri: string;
    /** True when the tests run against the embedded server (embedded-only checks skip otherwise). */
    embeddedDb: boolean;
  }
}

/** One database server per test run: MONGODB_URI when set, otherwise an embedded server on the socket in its data directory. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.MONGODB_URI;
  if (external) {
    project.provide('mongoUri', external);
    project.provide('embeddedDb', false);
    return async () => undefined;
  }
  const dbPath = mkdtempSync(join(tmpdir(), 'clinic-test-db-'));
  const server = await startEmbeddedServer({ dbPath, ttlIntervalMs: 250 });
  project.provide('mongoUri', server.uri);
  project.provide('embeddedDb', true);
  return async () => {
    await server.close();
    rmSync(dbPath, { recursive: true, force: true });
  };
}
