import { Long } from 'bson';
import { describe, expect, it, vi } from 'vitest';
import { Catalog } from '../../db/embedded/storage/catalog.ts';
import { memoryChangeLog } from '../helpers/memory-change-log.ts';
import { SortedRun } from '../../db/embedded/storage/sorted-run.ts';
import { updateDocuments } from '../../db/embedded/commands/update-documents.ts';

function usersWithIndexes() {
  const users = new Catalog(memoryChangeLog()).create('app', 'users');
  users.createIndex({ key: { email: 1 }, name: 'email_1', unique: true });
  users.createIndex({ key: { org: 1, role: 1 }, name: 'org_1_role_1' });
  users.createIndex({ key: { tags: 1 }, name: 'tags_1' });
  for (let i = 0; i < 1000; i++) {
    users.insert({ _id: i, email: `u${i}@example.org`, org: `o${i % 10}`, role: i % 2 ? 'officer' : 'staff', tags: [`t${i % 7}`] });
  }
  return users;
}

describe('embedded indexes', () => {
  it('when filtering by equality on indexed fields, then no full collection scan happens', () => {
    const users = usersWithIndexes();
    const scan = vi.spyOn(users.refs(), 'values');
    expect(users.find({ email: 'u42@example.org' }).map((u) => u._id)).toEqual([42]);
    expect(users.find({ _id: { $in: [1, 2, 5000] } })).toHaveLength(2);
    expect(users.find({ org: 'o3', role: 'officer' })).toHaveLength(100);
    expect(users.find({ tags: 't3', email: { $regex: /^u1/ } }).length).toBeGreaterThan(0);
    expect(scan).not.toHaveBeenCalled();
    users.find({ email: { $regex: /^u1/ } });
    expect(scan).toHaveBeenCalled();
  });

  it('when only the leading field of a compound index is pinned, then it narrows the scan (range on the rest)', () => {
    const users = usersWithIndexes();
    const scan = vi.spyOn(users.refs(), 'values');
    expect(users.find({ org: 'o3', role: { $gte: 'o' } })).toHaveLength(100);
    expect(users.find({ org: 'o3', role: { $gte: 'p' } })).toHaveLength(0);
    expect(users.find({ org: { $in: ['o1', 'o2'] } })).toHaveLength(200);
    expect(scan).not.toHaveBeenCalled();
  });

  it('when a compound index has $in lists on its fields, then each key combination is looked up instead of scanning', () => {
    const users = usersWithIndexes();
    const scan = vi.spyOn(users.refs(), 'values');
    expect(users.find({ org: { $in: ['o1', 'o2'] }, role: { $in: ['officer', 'staff'] } })).toHaveLength(200);
    expect(users.find({ org: 'o2', role: { $in: ['staff', 'nobody'] } })).toHaveLength(100);
    expect(scan).not.toHaveBeenCalled();
  });

  it('when every branch of an $or is indexable, then the union of the branches is used', () => {
    const users = usersWithIndexes();
    const scan = vi.spyOn(users.refs(), 'values');
    const found = users.find({ $or: [{ org: 'o1', role: 'officer' }, { email: 'u2@example.org' }] });
    expect(found.map((u) => u._id).sort((a, b) => Number(a) - Number(b))).toEqual([...Array.from({ length: 100 }, (_, k) => 1 + 10 * k), 2].sort((a, b) => a - b));
    expect(scan).not.toHaveBeenCalled();
    users.find({ $or: [{ org: 'o1' }, { email: { $regex: /^u9/ } }] });
    expect(scan).toHaveBeenCalled();
  });

  it('when an _id list and an $or of wide branches both narrow a claim, then only the _id list is walked', () => {
    const events = new Catalog(memoryChangeLog()).create('app', 'inbox_events');
    events.createIndex({ key: { status: 1, nextAttemptAt: 1 }, name: 'status_1_nextAttemptAt_1' });
    for (let i = 0; i < 5_000; i++) events.insert({ _id: i, status: 'pending', nextAttemptAt: i });
    const walks = vi.spyOn(SortedRun.prototype, 'ascending');
    const claim = { _id: { $in: [3, 4, 9_999] }, $or: [{ status: 'pending', nextAttemptAt: { $lte: 10 } }, { status: 'processing', leaseUntil: { $lt: 10 } }] };
    expect(events.find(claim).map((event) => event._id)).toEqual([3, 4]);
    expect(walks).not.toHaveBeenCalled();
    expect(events.find({ $or: [{ status: 'pending', nextAttemptAt: { $lte: 1 } }, { status: 'processing' }] }).map((event) => event._id)).toEqual([0, 1]);
  });

  it('when a compound-indexed document changes its leading field, then prefix lookups follow', () => {
    const users = usersWithIndexes();
    const user = users.find({ email: 'u3@example.org' })[0]!;
    users.replace(user, { ...user, org: 'moved' });
    expect(users.find({ org: 'moved', role: { $exists: true } }).map((u) => u._id)).toEqual([3]);
    expect(users.find({ org: 'o3', role: { $exists: true } })).toHaveLength(99);
  });

  it('when an indexed value changes or the document is removed, then lookups follow', () => {
    const users = usersWithIndexes();
    const user = users.find({ email: 'u7@example.org' })[0]!;
    users.replace(user, { ...user, email: 'changed@example.org' });
    expect(users.find({ email: 'u7@example.org' })).toEqual([]);
    expect(users.find({ email: 'changed@example.org' })).toHaveLength(1);
    users.remove(users.find({ email: 'changed@example.org' })[0]!);
    expect(users.find({ email: 'changed@example.org' })).toEqual([]);
    expect(() => users.insert({ _id: 'new', email: 'u8@example.org' })).toThrow(/E11000/);
  });

  it('when an update gives a unique field the value another document holds, then E11000; changing other fields passes', () => {
    const users = usersWithIndexes();
    const user = users.find({ email: 'u7@example.org' })[0]!;
    expect(() => users.replace(user, { ...user, email: 'u8@example.org' })).toThrow(/E11000/);
    users.replace(user, { ...user, role: 'officer' });
    expect(users.find({ email: 'u7@example.org' })[0]).toMatchObject({ role: 'officer' });
    expect(users.find({ email: 'u8@example.org' })).toHaveLength(1);
  });

  it('when an update leaves the indexed fields alone, then their index keys are not worked out again', () => {
    const events = new Catalog(memoryChangeLog()).create('app', 'inbox_events');
    events.createIndex({ key: { status: 1, nextAttemptAt: 1 }, name: 'status_1_nextAttemptAt_1' });
    events.createIndex({ key: { lineUserId: 1, status: 1 }, name: 'lineUserId_1_status_1' });
    events.insert({ _id: 1, status: 'pending', lineUserId: 'U1', nextAttemptAt: new Date(0) });
    const [, byStatus, byUser] = [...events.indexes.values()];
    const statusKeys = vi.spyOn(byStatus!, 'keysOf');
    const userKeys = vi.spyOn(byUser!, 'keysOf');
    updateDocuments(events, { q: { _id: 1 }, u: { $set: { leaseUntil: new Date(5) } } });
    expect(statusKeys).not.toHaveBeenCalled();
    expect(userKeys).not.toHaveBeenCalled();
    updateDocuments(events, { q: { _id: 1 }, u: { $set: { status: 'processing' } } });
    expect(events.find({ status: 'processing', lineUserId: 'U1' })).toHaveLength(1);
    expect(events.find({ status: 'pending' })).toHaveLength(0);
  });

  it('when a two-field index answers exact keys from its sorted runs, then lookups and unique checks treat 1, 1.0 and Long(1) as one key, and follow changes', () => {
    const members = new Catalog(memoryChangeLog()).create('app', 'members');
    members.createIndex({ key: { team: 1, seat: 1 }, name: 'team_1_seat_1', unique: true });
    members.insert({ _id: 'a', team: 'x', seat: 1 });
    members.insert({ _id: 'b', team: 'x', seat: '1' });
    members.insert({ _id: 'c', team: 'y', seat: 1 });
    members.insert({ _id: 'd', team: 'x', seat: 2 });
    expect(() => members.insert({ _id: 'e', team: 'x', seat: 1.0 })).toThrow(/duplicate key/);
    expect(() => members.insert({ _id: 'f', team: 'x', seat: Long.fromNumber(1) })).toThrow(/duplicate key/);
    const scan = vi.spyOn(members.refs(), 'values');
    expect(members.find({ team: 'x', seat: Long.fromNumber(1) }).map((m) => m._id)).toEqual(['a']);
    expect(members.find({ team: 'x', seat: { $in: [1, '1', 3] } }).map((m) => m._id).sort()).toEqual(['a', 'b']);
    expect(members.count({ team: 'x', seat: 2 })).toBe(1);
    expect(scan).not.toHaveBeenCalled();
    members.remove(members.getById('a')!);
    members.insert({ _id: 'g', team: 'x', seat: 1 });
    members.replace(members.getById('d')!, { _id: 'd', team: 'y', seat: 2 });
    expect(members.find({ team: 'x', seat: 1 }).map((m) => m._id)).toEqual(['g']);
    expect(members.count({ team: 'x', seat: 2 })).toBe(0);
    expect(members.count({ team: 'y', seat: 2 })).toBe(1);
  });
});
