import mongoose, { Schema } from 'mongoose';
import { beforeAll, describe, expect, it } from 'vitest';
import { isEmbeddedDb, useTestDatabase } from '../helpers/database.ts';

useTestDatabase();

const Session = mongoose.model(
  'TtlSession',
  new Schema({ token: String, expiresAt: { type: Date, index: { expireAfterSeconds: 0 } } }),
);

beforeAll(async () => {
  await Session.init();
});

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

// MongoDB's TTL monitor runs once a minute, so this only runs against the embedded server (250 ms in tests).
describe.skipIf(!isEmbeddedDb())('embedded server: TTL indexes', () => {
  it('when a TTL date passes, then the document is removed and unexpired ones stay', async () => {
    await Session.create([
      { token: 'expired', expiresAt: new Date(Date.now() - 1000) },
      { token: 'soon', expiresAt: new Date(Date.now() + 300) },
      { token: 'later', expiresAt: new Date(Date.now() + 60_000) },
      { token: 'no-date' },
    ]);
    expect(await waitFor(async () => (await Session.countDocuments({ token: { $in: ['expired', 'soon'] } })) === 0, 3000)).toBe(true);
    expect((await Session.find().sort({ token: 1 }).lean()).map((s) => s.token)).toEqual(['later', 'no-date']);
  });

  it('when listing indexes, then the TTL option is reported', async () => {
    const indexes = await Session.collection.listIndexes().toArray();
    expect(indexes.find((index) => index.name === 'expiresAt_1')).toMatchObject({ expireAfterSeconds: 0 });
  });
});
