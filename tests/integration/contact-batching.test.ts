import { describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '../helpers/database.ts';
import { newUserId } from '../helpers/webhook-events.ts';
import { recordContact } from '../../domain/users/line-user-directory.ts';
import { LineUserModel } from '../../models/line-user.ts';

useTestDatabase();

describe('contacts recorded together', () => {
  it('when many people write at once, then each is stored as mongoose would store them, in one read and one write', async () => {
    const people = Array.from({ length: 30 }, () => newUserId());
    const at = new Date(Date.UTC(2026, 10, 23, 3, 0, 0));
    const finds = vi.spyOn(LineUserModel, 'find');
    // Every third profile lookup fails (LINE down, not a friend): the person is recorded all the same.
    await Promise.all(people.map((person, i) => recordContact(person, at, async () => (i % 3 === 0 ? null : { displayName: `คุณ ${i}` }))));
    expect(finds).toHaveBeenCalledTimes(1);
    finds.mockRestore();
    const stored = await LineUserModel.find({ lineUserId: { $in: people } }).lean();
    const byId = new Map(stored.map((user) => [user.lineUserId, user]));
    people.forEach((person, i) => {
      const user = byId.get(person);
      expect(user).toMatchObject({ role: 'villager', active: true, lastSeenAt: at });
      expect(user?.displayName).toBe(i % 3 === 0 ? undefined : `คุณ ${i}`);
      expect(user?.createdAt).toBeInstanceOf(Date);
      expect(user?.updatedAt).toBeInstanceOf(Date);
    });
  });

  it('when a known person writes again, then only lastSeenAt moves and their role stays', async () => {
    const person = newUserId();
    await LineUserModel.create({ lineUserId: person, displayName: 'สมศรี', role: 'officer', officeCode: 'X1' });
    const lookup = vi.fn(async () => ({ displayName: 'ชื่ออื่น' }));
    const at = new Date(Date.UTC(2026, 10, 24));
    await recordContact(person, at, lookup);
    expect(lookup).not.toHaveBeenCalled();
    expect(await LineUserModel.findOne({ lineUserId: person }).lean()).toMatchObject({ displayName: 'สมศรี', role: 'officer', officeCode: 'X1', lastSeenAt: at });
  });
});
