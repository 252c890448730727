import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { Catalog } from '../../db/embedded/storage/catalog.ts';
import { memoryChangeLog } from '../helpers/memory-change-log.ts';
import { compileFilter } from '../../db/embedded/query/filter.ts';
import { sortDocs } from '../../db/embedded/query/sort.ts';
import type { Collection } from '../../db/embedded/storage/collection.ts';
import { pathValues, type Doc } from '../../db/embedded/values/doc-paths.ts';
import { compareBson } from '../../db/embedded/values/bson-compare.ts';

function queue(): Collection {
  const jobs = new Catalog(memoryChangeLog()).create('app', 'jobs');
  jobs.createIndex({ key: { status: 1, dueAt: 1 }, name: 'status_1_dueAt_1' });
  return jobs;
}

/** What the sort must return: every match, stably sorted in natural order, cut at the limit. */
function reference(collection: Collection, filter: Doc, sort: Doc, limit: number): Doc[] {
  const matches = [...collection.all()].filter(compileFilter(filter));
  return sortDocs(matches, sort).slice(0, limit);
}

/** Where a sort places a document: by its smallest value ascending, its largest descending. */
function sortKey(job: Doc, direction: 1 | -1): unknown {
  const values = pathValues(job, 'dueAt');
  return values.length === 0 ? null : values.reduce((best, v) => (compareBson(v, best) * direction < 0 ? v : best));
}

/** Dates a few milliseconds apart: runs keep dates apart from other values (as epoch ms), and BSON orders them after numbers and strings. */
const msDate = (max: number) => fc.integer({ min: 0, max }).map((ms) => new Date(ms));

const claimFilter = (now: number) => ({
  $or: [
    { status: 'pending', dueAt: { $lte: now } },
    { status: 'running', leaseUntil: { $lt: now } },
  ],
});

describe('embedded ordered compound index', () => {
  it('when claiming the first due job of a large backlog, then only a few documents are read', () => {
    const jobs = queue();
    for (let i = 0; i < 10_000; i++) jobs.insert({ _id: i, status: 'pending', dueAt: 10_000 - i });
    jobs.insert({ _id: 'stuck', status: 'running', dueAt: 0, leaseUntil: 50 });
    const scan = vi.spyOn(jobs.refs(), 'values');
    const reads = vi.spyOn(jobs.refs(), 'get');
    const [first] = jobs.findSorted(claimFilter(100), { dueAt: 1 }, 1);
    expect(first?._id).toBe('stuck');
    expect(jobs.findSorted(claimFilter(10), { dueAt: 1 }, 3).map((job) => job._id)).toEqual([9_999, 9_998, 9_997]);
    expect(scan).not.toHaveBeenCalled();
    expect(reads.mock.calls.length).toBeLessThan(10);
  });

  it('when nothing is due yet, then the walk stops at the bound instead of testing every job', () => {
    const jobs = queue();
    for (let i = 0; i < 5_000; i++) jobs.insert({ _id: i, status: 'pending', dueAt: 1_000 + i });
    const reads = vi.spyOn(jobs.refs(), 'get');
    expect(jobs.findSorted({ status: 'pending', dueAt: { $lte: 500 } }, { dueAt: 1 }, 1)).toEqual([]);
    expect(reads).not.toHaveBeenCalled();
  });

  it('when documents change status or are removed, then the order follows', () => {
    const jobs = queue();
    for (let i = 0; i < 5; i++) jobs.insert({ _id: i, status: 'pending', dueAt: i });
    jobs.replace(jobs.getById(0)!, { _id: 0, status: 'done', dueAt: 0 });
    jobs.replace(jobs.getById(3)!, { _id: 3, status: 'pending', dueAt: -1 });
    jobs.remove(jobs.getById(1)!);
    expect(jobs.findSorted({ status: 'pending' }, { dueAt: 1 }, 10).map((job) => job._id)).toEqual([3, 2, 4]);
    expect(jobs.findSorted({ status: 'pending' }, { dueAt: -1 }, 2).map((job) => job._id)).toEqual([4, 2]);
  });

  it('when an exact lookup finds tied documents, then the sort keeps them in natural order', () => {
    const jobs = queue();
    for (let i = 0; i < 5; i++) jobs.insert({ _id: i, status: 'p' });
    jobs.replace(jobs.getById(4)!, { _id: 4, status: 'p', dueAt: 2 });
    jobs.replace(jobs.getById(3)!, { _id: 3, status: 'p', dueAt: 2 });
    expect(jobs.findSorted({ status: 'p', dueAt: 2 }, { dueAt: 1 }, 1).map((job) => job._id)).toEqual([3]);
  });

  it('when claiming the freshest due jobs of a large backlog, then the walk starts at the range instead of at the oldest job', () => {
    const jobs = queue();
    for (let i = 0; i < 10_000; i++) jobs.insert({ _id: i, status: 'pending', dueAt: i });
    const reads = vi.spyOn(jobs.refs(), 'get');
    const fresh = jobs.findSorted({ status: 'pending', dueAt: { $gte: 9_990, $lte: 9_995 } }, { dueAt: 1 }, 3);
    expect(fresh.map((job) => job._id)).toEqual([9_990, 9_991, 9_992]);
    expect(jobs.findSorted({ status: 'pending', dueAt: { $lt: 5, $gt: 1 } }, { dueAt: -1 }, 10).map((job) => job._id)).toEqual([4, 3, 2]);
    expect(reads.mock.calls.length).toBeLessThan(20);
  });

  it('when a range bounds both ends of the sort field (no arrays), then the result equals a full sort', () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 8 }), fc.constantFrom('a', 'b', null), msDate(8));
    const doc = fc.record({ status: fc.constantFrom('p', 'r'), dueAt: value }, { requiredKeys: ['status'] });
    const bound = fc.constantFrom('$gt', '$gte', '$lt', '$lte');
    const range = fc.array(fc.tuple(bound, fc.oneof(fc.integer({ min: 0, max: 8 }), fc.constant('a'), msDate(8))), { minLength: 1, maxLength: 2 });
    const operation = fc.record({ range, direction: fc.constantFrom(1, -1), limit: fc.integer({ min: 1, max: 8 }) });
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 80 }), operation, (docs, { range, direction, limit }) => {
        const jobs = queue();
        docs.forEach((fields, i) => jobs.insert({ _id: i, ...fields }));
        const filter = { status: 'p', dueAt: Object.fromEntries(range) };
        const sort = { dueAt: direction };
        const actual = jobs.findSorted(filter, sort, limit);
        expect(actual.map((job) => job.dueAt)).toEqual(reference(jobs, filter, sort, limit).map((job) => job.dueAt));
        if (direction === 1) expect(actual.map((job) => job._id)).toEqual(reference(jobs, filter, sort, limit).map((job) => job._id));
      }),
      { numRuns: 500 },
    );
  });

  it('when filters, sorts and data vary (arrays, missing fields, mixed types), then the result equals a full sort', () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom('a', 'b', null), msDate(6), fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), msDate(6)), { maxLength: 3 }));
    const doc = fc.record({ status: fc.constantFrom('p', 'r', 'd', ['p', 'r']), dueAt: value, lease: fc.integer({ min: 0, max: 6 }) }, { requiredKeys: ['status'] });
    const filter = fc.oneof(
      fc.record({ status: fc.constantFrom('p', 'r'), dueAt: fc.constantFrom({ $lte: 3 }, { $gt: 2 }, { $lt: 4 }, 2, { $gte: 'a' }, new Date(2), { $lte: new Date(3) }, { $gt: new Date(1) }) }),
      fc.constant({ status: { $in: ['p', 'd'] } }),
      fc.integer({ min: 0, max: 6 }).map((now) => ({ $or: [{ status: 'p', dueAt: { $lte: now } }, { status: 'r', lease: { $lt: now } }] })),
    );
    const operation = fc.record({ filter, direction: fc.constantFrom(1, -1), limit: fc.integer({ min: 1, max: 8 }) });
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 20 }), operation, (docs, changes, { filter, direction, limit }) => {
        const jobs = queue();
        docs.forEach((fields, i) => jobs.insert({ _id: i, ...fields }));
        for (const change of changes) {
          const target = jobs.getById(change % Math.max(1, docs.length));
          if (target && change % 3 === 0) jobs.remove(target);
          else if (target) jobs.replace(target, { ...target, status: change % 2 ? 'p' : 'r', dueAt: change % 7 });
        }
        const sort = { dueAt: direction };
        const expected = reference(jobs, filter, sort, limit);
        const actual = jobs.findSorted(filter, sort, limit);
        // Ties may come out in either order when descending; the sort keys and the matches must agree.
        const keys = (list: Doc[]) => list.map((job) => sortKey(job, direction));
        expect(keys(actual)).toEqual(keys(expected));
        expect(actual.every(compileFilter(filter))).toBe(true);
        if (direction === 1) expect(actual.map((job) => job._id)).toEqual(expected.map((job) => job._id));
      }),
      { numRuns: 300 },
    );
  });
});
