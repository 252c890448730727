import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/database.ts';
import { newUserId } from '../helpers/webhook-events.ts';
import { createContactRecorder } from '../../domain/users/contact-recorder.ts';
import { LineUserModel } from '../../models/line-user.ts';

useTestDatabase();

describe('contact recorder', () => {
  it('when a user writes often, then lastSeenAt is written once per interval and the profile fetched once', async () => {
    let lookups = 0;
    const record = createContactRecorder({
      lookupProfile: async () => {
        lookups += 1;
        return { displayName: 'บุญมี' };
      },
      minIntervalMs: 60_000,
    });
    const userId = newUserId();
    const start = Date.UTC(2026, 10, 23, 3, 0, 0);
    await record(userId, new Date(start));
    await record(userId, new Date(start + 10_000));
    expect((await LineUserModel.findOne({ lineUserId: userId }).lean())?.lastSeenAt?.getTime()).toBe(start);
    await record(userId, new Date(start + 61_000));
    const user = await LineUserModel.findOne({ lineUserId: userId }).lean();
    expect(user?.lastSeenAt?.getTime()).toBe(start + 61_000);
    expect(user?.displayName).toBe('บุญมี');
    expect(lookups).toBe(1);
  });
});
