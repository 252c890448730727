import { Binary, Decimal128, Double, Int32, Long, MaxKey, MinKey, ObjectId, Timestamp } from 'bson';
import mongoose, { Schema } from 'mongoose';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/database.ts';

useTestDatabase();

const Item = mongoose.model('QueryItem', new Schema({ n: Number, group: String, tags: [String] }));

beforeAll(async () => {
  await Item.insertMany(
    Array.from({ length: 250 }, (_, i) => ({ n: i, group: i % 2 === 0 ? 'even' : 'odd', tags: [`t${i % 3}`] })),
  );
});

const raw = () => mongoose.connection.db!;

describe('queries', () => {
  it('when results span several batches, then sort, skip and limit return the right window', async () => {
    const all = await Item.find().sort({ n: -1 }).lean();
    expect(all).toHaveLength(250);
    expect(all.map((d) => d.n)).toEqual(Array.from({ length: 250 }, (_, i) => 249 - i));
    const page = await Item.find({ group: 'odd' }).sort({ n: 1 }).skip(10).limit(120).lean();
    expect(page).toHaveLength(115);
    expect(page[0]?.n).toBe(21);
    const cursor = Item.find().sort({ n: 1 }).batchSize(7).cursor();
    let seen = 0;
    for await (const doc of cursor) expect(doc.n).toBe(seen++);
    expect(seen).toBe(250);
  });

  it('when counting and listing distinct values, then counts and values are exact', async () => {
    expect(await Item.countDocuments({ group: 'even' })).toBe(125);
    expect(await Item.countDocuments({ n: { $gte: 200 } }).skip(10).limit(5)).toBe(5);
    expect(await Item.estimatedDocumentCount()).toBe(250);
    expect((await Item.distinct('tags')).sort()).toEqual(['t0', 't1', 't2']);
    expect((await Item.distinct('group', { n: { $lt: 1 } }))).toEqual(['even']);
  });

  it('when projecting, then only the selected fields come back', async () => {
    const doc = await Item.findOne({ n: 5 }).select({ n: 1, _id: 0 }).lean();
    expect(doc).toEqual({ n: 5 });
    const excluded = await Item.findOne({ n: 5 }).select('-tags -__v').lean();
    expect(Object.keys(excluded!).sort()).toEqual(['_id', 'group', 'n']);
  });

  it('when querying with $in, $or, $exists and $ne, then the matches are the MongoDB ones', async () => {
    expect(await Item.countDocuments({ n: { $in: [1, 2, 300] } })).toBe(2);
    expect(await Item.countDocuments({ $or: [{ n: 1 }, { n: 2 }, { group: 'none' }] })).toBe(2);
    expect(await Item.countDocuments({ missing: { $exists: true } })).toBe(0);
    expect(await Item.countDocuments({ group: { $ne: 'odd' } })).toBe(125);
  });

  it('when storing every BSON type, then each value round-trips unchanged', async () => {
    const doc = {
      _id: new ObjectId(),
      oid: new ObjectId(),
      date: new Date('2024-05-06T07:08:09.123Z'),
      decimal: Decimal128.fromString('1234.5678'),
      bigLong: Long.fromString('9007199254740993'),
      binary: new Binary(Buffer.from([1, 2, 3, 250]), 0),
      uuid: new Binary(Buffer.from('00112233445566778899aabbccddeeff', 'hex'), 4),
      timestamp: new Timestamp({ t: 1700000000, i: 3 }),
      regex: /ab+c/i,
      nested: { list: [1, [2, [3, { deep: 'x' }]]], empty: {} },
      double: 1.5,
      int: 42,
      negative: -7,
      bool: false,
      nil: null,
      text: 'ภาษาไทย',
      min: new MinKey(),
      max: new MaxKey(),
    };
    await raw().collection('bsontypes').insertOne(doc);
    const back = await raw().collection('bsontypes').findOne({ _id: doc._id }, { promoteLongs: false });
    expect(back).toEqual(doc);
    expect(await raw().collection('bsontypes').countDocuments({ oid: doc.oid, decimal: doc.decimal, binary: doc.binary })).toBe(1);
  });

  it('when sorting values of different BSON types, then the order is the MongoDB comparison order', async () => {
    const values: unknown[] = [
      new MaxKey(),
      /re/,
      new Timestamp({ t: 1, i: 1 }),
      new Date(0),
      true,
      new ObjectId('000000000000000000000001'),
      new Binary(Buffer.from([1])),
      [5],
      { a: 1 },
      'str',
      Decimal128.fromString('2.5'),
      new Double(2.25),
      Long.fromNumber(3),
      new Int32(1),
      null,
      new MinKey(),
    ];
    const coll = raw().collection('sortorder');
    await coll.insertMany(values.map((v, i) => ({ i, v })));
    const sorted = await coll.find({}, { projection: { _id: 0, i: 1 } }).sort({ v: 1 }).toArray();
    // An array sorts ascending by its smallest element: [5] lands among the numbers, after Long(3).
    expect(sorted.map((d) => d.i)).toEqual([15, 14, 13, 11, 10, 12, 7, 9, 8, 6, 5, 4, 3, 2, 1, 0]);
    const between = await coll.find({ v: { $gt: 2, $lt: 4 } }, { projection: { _id: 0, i: 1 } }).sort({ i: 1 }).toArray();
    expect(between.map((d) => d.i)).toEqual([10, 11, 12]);
    expect(await coll.countDocuments({ v: { $gte: Decimal128.fromString('2.4'), $lte: Long.fromNumber(3) } })).toBe(2);
    const updated = await coll.updateMany({ v: { $gte: Decimal128.fromString('2.4'), $lte: 3 } }, { $set: { picked: true } });
    expect(updated.modifiedCount).toBe(2);
  });
});
