import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import mongoose from 'mongoose';
import { afterAll, beforeAll, expect, inject } from 'vitest';

/** The run's MongoDB URI (embedded server or MONGODB_URI) pointing at database `dbName`. */
export function mongoUriFor(dbName: string): string {
  const [base = '', query] = inject('mongoUri').split('?');
  const hosts = base.replace(/^(mongodb(?:\+srv)?:\/\/[^/]*).*$/, '$1');
  return `${hosts}/${dbName}${query ? `?${query}` : ''}`;
}

/** True when tests run against the embedded server rather than a real MongoDB. */
export function isEmbeddedDb(): boolean {
  return inject('embeddedDb');
}

/** A database name unique to this test file and run, so files running in parallel stay isolated. */
export function uniqueDbName(hint = 'test'): string {
  const slug = hint.replace(/\.test\.ts$/, '').replace(/[^a-zA-Z0-9]+/g, '_').slice(0, 40);
  return `t_${slug}_${randomBytes(4).toString('hex')}`;
}

/**
 * Connects the default mongoose connection to a fresh database for the calling test file
 * (beforeAll) and drops it and disconnects afterwards (afterAll).
 */
export function useTestDatabase(): { uri(): string; dbName(): string } {
  let dbName = '';
  beforeAll(async () => {
    dbName = uniqueDbName(basename(expect.getState().testPath ?? 'test'));
    await mongoose.connect(inject('mongoUri'), { dbName });
  });
  afterAll(async () => {
    if (mongoose.connection.readyState === 1) await mongoose.connection.dropDatabase();
    await mongoose.disconnect();
  });
  return {
    uri: () => mongoUriFor(dbName),
    dbName: () => dbName,
  };
}
