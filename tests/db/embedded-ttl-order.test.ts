import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { compileFilter } from '../../db/embedded/query/filter.ts';
import { Catalog } from '../../db/embedded/storage/catalog.ts';
import { startTtlMonitor } from '../../db/embedded/ttl-monitor.ts';
import { memoryChangeLog } from '../helpers/memory-change-log.ts';
import { spyLogger } from '../helpers/embedded-server.ts';

function events() {
  const catalog = new Catalog(memoryChangeLog());
  const collection = catalog.create('app', 'inbox_events');
  collection.createIndex({ key: { expireAt: 1 }, name: 'expireAt_1', expireAfterSeconds: 60 });
  return { catalog, collection };
}

const secondsAgo = (s: number) => new Date(Date.now() - s * 1000);

async function runMonitor(catalog: Catalog, ms: number): Promise<void> {
  const stop = startTtlMonitor(catalog, 10, () => undefined, spyLogger());
  await new Promise((resolve) => setTimeout(resolve, ms));
  stop();
}

describe('embedded TTL index', () => {
  it('when a few of 20,000 documents have expired, then the monitor removes just those without scanning the collection', async () => {
    const { catalog, collection } = events();
    for (let i = 0; i < 20_000; i++) collection.insert({ _id: i, expireAt: secondsAgo(10) });
    collection.insert({ _id: 'old', expireAt: secondsAgo(120) });
    collection.insert({ _id: 'earliest-counts', expireAt: [secondsAgo(30), secondsAgo(90)] });
    collection.insert({ _id: 'not-a-date', expireAt: 'yesterday' });
    collection.insert({ _id: 'no-field' });
    const scans = [vi.spyOn(collection, 'all'), vi.spyOn(collection.refs(), 'values'), vi.spyOn(collection.refs(), 'entries')];
    await runMonitor(catalog, 80);
    expect(collection.getById('old')).toBeUndefined();
    expect(collection.getById('earliest-counts')).toBeUndefined();
    expect(collection.size).toBe(20_002);
    for (const scan of scans) expect(scan).not.toHaveBeenCalled();
  });

  it('when thousands expire at once, then they are removed in batches until none is left', async () => {
    const { catalog, collection } = events();
    for (let i = 0; i < 3_500; i++) collection.insert({ _id: i, expireAt: secondsAgo(61 + (i % 7)) });
    collection.insert({ _id: 'fresh', expireAt: new Date() });
    await runMonitor(catalog, 200);
    expect(collection.size).toBe(1);
    expect(collection.getById('fresh')).toBeDefined();
  });

  it('when documents hold dates, other values or nothing in the TTL field and change, then lookups and counts equal a scan', () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 4 }).map((ms) => new Date(ms)), fc.constantFrom(1, 'a', null, undefined), fc.array(fc.integer({ min: 0, max: 4 }).map((ms) => new Date(ms)), { maxLength: 2 }));
    const probe = fc.oneof(fc.integer({ min: 0, max: 4 }).map((ms) => new Date(ms)), fc.constantFrom(1, 'a', null));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), fc.array(fc.tuple(fc.nat(), value), { maxLength: 15 }), fc.array(probe, { minLength: 1, maxLength: 2 }), (initial, changes, probes) => {
        const { collection } = events();
        initial.forEach((expireAt, i) => collection.insert(expireAt === undefined ? { _id: i } : { _id: i, expireAt }));
        for (const [target, expireAt] of changes) {
          const doc = collection.getById(target % Math.max(1, initial.length));
          if (doc) collection.replace(doc, expireAt === undefined ? { _id: doc._id } : { _id: doc._id, expireAt });
        }
        for (const filter of [{ expireAt: probes[0] }, { expireAt: { $in: probes } }]) {
          const scanned = [...collection.all()].filter(compileFilter(filter)).map((doc) => doc._id);
          expect(collection.find(filter).map((doc) => doc._id).sort()).toEqual(scanned.sort());
          expect(collection.count(filter)).toBe(scanned.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
