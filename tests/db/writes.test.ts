import mongoose, { Schema } from 'mongoose';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/database.ts';

const database = useTestDatabase();

const Counter = mongoose.model('WriteCounter', new Schema({ name: { type: String, unique: true }, value: Number }));

beforeAll(async () => {
  await Counter.init();
});

describe('writes', () => {
  it('when many findOneAndUpdate $inc run concurrently, then no increment is lost', async () => {
    await Counter.create({ name: 'hits', value: 0 });
    const clients = await Promise.all(Array.from({ length: 4 }, () => mongoose.createConnection(database.uri()).asPromise()));
    const models = clients.map((connection) => connection.model('WriteCounter', Counter.schema));
    const increments = Array.from({ length: 200 }, (_, i) =>
      models[i % models.length]!.findOneAndUpdate({ name: 'hits' }, { $inc: { value: 1 } }, { returnDocument: 'after' }).lean(),
    );
    const results = await Promise.all(increments);
    await Promise.all(clients.map((connection) => connection.close()));
    expect((await Counter.findOne({ name: 'hits' }).lean())?.value).toBe(200);
    expect(new Set(results.map((r) => r?.value)).size).toBe(200);
  });

  it('when insertMany is ordered and hits a duplicate, then it stops there and reports the write error', async () => {
    const error = await Counter.insertMany([{ name: 'o1' }, { name: 'o1' }, { name: 'o2' }]).catch((err: unknown) => err);
    expect(error).toMatchObject({ code: 11000 });
    expect((error as { writeErrors: { index: number }[] }).writeErrors.map((e) => e.index)).toEqual([1]);
    expect(await Counter.countDocuments({ name: { $in: ['o1', 'o2'] } })).toBe(1);
  });

  it('when insertMany is unordered, then every valid document is inserted and each error reported', async () => {
    const error = await Counter.insertMany([{ name: 'u1' }, { name: 'u1' }, { name: 'u2' }, { name: 'u2' }], {
      ordered: false,
    }).catch((err: unknown) => err);
    expect((error as { writeErrors: { index: number }[] }).writeErrors.map((e) => e.index)).toEqual([1, 3]);
    expect(await Counter.countDocuments({ name: { $in: ['u1', 'u2'] } })).toBe(2);
  });

  it('when bulkWrite mixes operations, then each is applied and counted', async () => {
    await Counter.create({ name: 'bw-existing', value: 1 });
    const result = await Counter.bulkWrite([
      { insertOne: { document: { name: 'bw-new', value: 5 } } },
      { updateOne: { filter: { name: 'bw-existing' }, update: { $inc: { value: 1 } } } },
      { updateOne: { filter: { name: 'bw-upsert' }, update: { $set: { value: 9 } }, upsert: true } },
      { replaceOne: { filter: { name: 'bw-new' }, replacement: { name: 'bw-new', value: 6 } } },
      { deleteOne: { filter: { name: 'bw-nothing' } } },
    ]);
    expect(result).toMatchObject({ insertedCount: 1, matchedCount: 2, modifiedCount: 2, upsertedCount: 1, deletedCount: 0 });
    const values = await Counter.find({ name: /^bw-/ }).sort({ name: 1 }).lean();
    expect(values.map((v) => [v.name, v.value])).toEqual([
      ['bw-existing', 2],
      ['bw-new', 6],
      ['bw-upsert', 9],
    ]);
  });

  it('when lean is used, then plain objects come back', async () => {
    await Counter.create({ name: 'lean', value: 3 });
    const doc = await Counter.findOne({ name: 'lean' }).lean();
    expect(doc).not.toBeInstanceOf(mongoose.Document);
    expect(doc?.value).toBe(3);
  });

  it('when a write is unacknowledged (w: 0), then it is still applied', async () => {
    await Counter.collection.insertOne({ name: 'fire-and-forget', value: 1 }, { writeConcern: { w: 0 } });
    let found = null;
    for (let attempt = 0; attempt < 50 && !found; attempt++) found = await Counter.findOne({ name: 'fire-and-forget' }).lean();
    expect(found?.value).toBe(1);
  });
});
