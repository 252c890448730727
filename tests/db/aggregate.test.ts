import mongoose, { Schema } from 'mongoose';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/database.ts';

useTestDatabase();

const Office = mongoose.model('AggOffice', new Schema({ code: String, province: String }));
const Case = mongoose.model(
  'AggCase',
  new Schema({ office: String, category: String, status: String, hours: Number, tags: [String] }),
);

beforeAll(async () => {
  await Office.insertMany([
    { code: 'A', province: 'North' },
    { code: 'B', province: 'South' },
  ]);
  await Case.insertMany(
    Array.from({ length: 150 }, (_, i) => ({
      office: i % 3 === 0 ? 'A' : 'B',
      category: ['law', 'health', 'education'][i % 3],
      status: i % 5 === 0 ? 'open' : 'closed',
      hours: i,
      tags: i % 2 === 0 ? ['urgent', 'local'] : ['local'],
    })),
  );
});

describe('aggregation pipelines', () => {
  it('when grouping, sorting, skipping and limiting, then the summary matches', async () => {
    const result = await Case.aggregate<{ _id: string; count: number; total: number }>([
      { $match: { status: 'closed' } },
      { $group: { _id: '$category', count: { $sum: 1 }, total: { $sum: '$hours' } } },
      { $sort: { _id: 1 } },
      { $skip: 1 },
      { $limit: 1 },
    ]);
    expect(result).toHaveLength(1);
    expect(result[0]?._id).toBe('health');
    expect(result[0]?.count).toBe(40);
  });

  it('when projecting, adding, setting and unsetting fields, then the documents are reshaped', async () => {
    const [doc] = await Case.aggregate([
      { $match: { hours: 7 } },
      { $project: { hours: 1, category: 1 } },
      { $addFields: { double: { $multiply: ['$hours', 2] } } },
      { $set: { 'meta.kind': '$category' } },
      { $unset: ['_id', 'category'] },
    ]);
    expect(doc).toEqual({ hours: 7, double: 14, meta: { kind: 'health' } });
  });

  it('when unwinding, counting and sortByCount, then each array element counts once', async () => {
    const counted = await Case.aggregate([{ $unwind: '$tags' }, { $count: 'n' }]);
    expect(counted).toEqual([{ n: 225 }]);
    const byTag = await Case.aggregate([{ $unwind: '$tags' }, { $sortByCount: '$tags' }]);
    expect(byTag).toEqual([
      { _id: 'local', count: 150 },
      { _id: 'urgent', count: 75 },
    ]);
  });

  it('when looking up another collection, then matching documents are joined', async () => {
    const [doc] = await Case.aggregate([
      { $match: { hours: 3 } },
      { $lookup: { from: 'aggoffices', localField: 'office', foreignField: 'code', as: 'officeDoc' } },
      { $project: { _id: 0, province: { $first: '$officeDoc.province' } } },
    ]);
    expect(doc).toEqual({ province: 'North' });
  });

  it('when using $facet, then each sub-pipeline runs on the same input', async () => {
    const [facets] = await Case.aggregate([
      { $match: { office: 'A' } },
      {
        $facet: {
          total: [{ $count: 'n' }],
          open: [{ $match: { status: 'open' } }, { $count: 'n' }],
          top: [{ $sort: { hours: -1 } }, { $limit: 2 }, { $project: { _id: 0, hours: 1 } }],
        },
      },
    ]);
    expect(facets).toEqual({ total: [{ n: 50 }], open: [{ n: 10 }], top: [{ hours: 147 }, { hours: 144 }] });
  });

  it('when an aggregation returns more than one batch, then the cursor yields every result', async () => {
    const hours: number[] = [];
    const cursor = Case.aggregate<{ hours: number }>([{ $sort: { hours: 1 } }, { $project: { hours: 1 } }]).cursor({ batchSize: 20 });
    for await (const doc of cursor) hours.push(doc.hours);
    expect(hours).toEqual(Array.from({ length: 150 }, (_, i) => i));
  });
});
