import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { Catalog } from '../../db/embedded/storage/catalog.ts';
import { memoryChangeLog } from '../helpers/memory-change-log.ts';
import { compileFilter } from '../../db/embedded/query/filter.ts';
import { sortDocs } from '../../db/embedded/query/sort.ts';
import { runPipeline } from '../../db/embedded/query/aggregate.ts';
import type { Collection } from '../../db/embedded/storage/collection.ts';
import type { Doc } from '../../db/embedded/values/doc-paths.ts';

function cases(): Collection {
  const collection = new Catalog(memoryChangeLog()).create('app', 'cases');
  collection.createIndex({ key: { status: 1, createdAt: -1 }, name: 'status_1_createdAt_-1' });
  collection.createIndex({ key: { officeCode: 1, status: 1 }, name: "officeCode_1_status_1" });
  return collection;
}

const scanCount = (collection: Collection, filter: Doc) => [...collection.all()].filter(compileFilter(filter)).length;

describe('embedded counts and sorts served by an index', () => {
  it('when counting by status, or by office and status, then no document is decoded and the figure is exact', () => {
    const collection = cases();
    for (let i = 0; i < 2_000; i++) collection.insert({ _id: i, status: ['new', 'accepted', 'resolved'][i % 3], officeCode: `MUN-${i % 7}`, createdAt: i });
    const expected = scanCount(collection, { officeCode: 'MUN-3', status: 'resolved' });
    const reads = vi.spyOn(collection.refs(), 'get');
    const scan = vi.spyOn(collection.refs(), 'values');
    expect(collection.count({ status: 'new' })).toBe(667);
    expect(collection.count({ officeCode: 'MUN-3', status: { $in: ['resolved'] } })).toBe(expected);
    expect(collection.count({ status: 'gone' })).toBe(0);
    expect(reads).not.toHaveBeenCalled();
    expect(scan).not.toHaveBeenCalled();
  });

  it('when filters, data and changes vary (arrays, missing fields, $in, ranges), then the count equals a scan', () => {
    const value = fc.oneof(fc.constantFrom('new', 'done', null), fc.array(fc.constantFrom('new', 'done'), { maxLength: 2 }));
    const doc = fc.record({ status: value, officeCode: fc.constantFrom('A', 'B', ['A', 'B']), createdAt: fc.integer({ min: 0, max: 5 }) }, { requiredKeys: [] });
    const filter = fc.oneof(
      fc.record({ status: fc.constantFrom('new', 'done') }),
      fc.record({ officeCode: fc.constantFrom('A', 'B'), status: fc.constantFrom('new', { $in: ['done'] }, { $in: ['new', 'done'] }) }),
      fc.record({ status: fc.constantFrom('new'), createdAt: fc.constantFrom(3, { $gt: 2 }) }),
      fc.constant({ officeCode: 'A' }),
    );
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 10 }), filter, (docs, changes, query) => {
        const collection = cases();
        docs.forEach((fields, i) => collection.insert({ _id: i, ...fields }));
        for (const change of changes) {
          const target = collection.getById(change % Math.max(1, docs.length));
          if (target && change % 2 === 0) collection.remove(target);
          else if (target) collection.replace(target, { ...target, status: change % 3 ? 'new' : 'done' });
        }
        expect(collection.count(query)).toBe(scanCount(collection, query));
      }),
      { numRuns: 300 },
    );
  });

  it('when the driver counts with $match then $group {_id: 1, n: {$sum: 1}} or $count, then the answer is the count, and no document when none match', () => {
    const collection = cases();
    for (let i = 0; i < 10; i++) collection.insert({ _id: i, status: i < 4 ? 'new' : 'done', createdAt: i });
    const input = { source: (filter: Doc | undefined) => collection.find(filter), resolve: () => [], count: (filter: Doc | undefined) => collection.count(filter) };
    expect(runPipeline([{ $match: { status: 'new' } }, { $group: { _id: 1, n: { $sum: 1 } } }], input)).toEqual([{ _id: 1, n: 4 }]);
    expect(runPipeline([{ $match: { status: 'done' } }, { $count: 'total' }], input)).toEqual([{ total: 6 }]);
    expect(runPipeline([{ $match: { status: 'gone' } }, { $group: { _id: 1, n: { $sum: 1 } } }], input)).toEqual([]);
    expect(runPipeline([{ $match: { status: 'new' } }, { $group: { _id: '$status', n: { $sum: 1 } } }], input)).toEqual([{ _id: 'new', n: 4 }]);
  });

  it('when sorted newest first with _id breaking ties, across several statuses, then the page equals a full sort and the walk stops early', () => {
    const collection = cases();
    for (let i = 0; i < 5_000; i++) collection.insert({ _id: i, status: ['new', 'accepted', 'resolved'][i % 3], createdAt: Math.floor(i / 4) });
    const reads = vi.spyOn(collection.refs(), 'get');
    const filter = { status: { $in: ['new', 'accepted', 'resolved'] } };
    const sort = { createdAt: -1, _id: -1 };
    expect(collection.findSorted(filter, sort, 21).map((doc) => doc._id)).toEqual(sortDocs([...collection.all()], sort).slice(0, 21).map((doc) => doc._id));
    expect(reads.mock.calls.length).toBeLessThan(100);
  });

  it('when two-field sorts meet ties, arrays and missing values, then the result equals a full sort', () => {
    const doc = fc.record({ status: fc.constantFrom('p', 'r', ['p', 'r']), createdAt: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(null), fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 2 })), rank: fc.integer({ min: 0, max: 3 }) }, { requiredKeys: ['status'] });
    const operation = fc.record({ statuses: fc.constantFrom(['p'], ['p', 'r']), first: fc.constantFrom(1, -1), second: fc.constantFrom(1, -1), limit: fc.integer({ min: 1, max: 6 }) });
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 50 }), operation, (docs, { statuses, first, second, limit }) => {
        const collection = cases();
        docs.forEach((fields, i) => collection.insert({ _id: i, ...fields }));
        const filter = { status: { $in: statuses } };
        const sort = { createdAt: first, rank: second, _id: 1 };
        const expected = sortDocs([...collection.all()].filter(compileFilter(filter)), sort).slice(0, limit);
        expect(collection.findSorted(filter, sort, limit).map((found) => found._id)).toEqual(expected.map((found) => found._id));
      }),
      { numRuns: 300 },
    );
  });
});
