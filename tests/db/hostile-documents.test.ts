import mongoose from 'mongoose';
import { MongoClient, ObjectId, type Collection } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/database.ts';

const database = useTestDatabase();

/** `levels` arrays inside each other around a 1: nested(2) is [[1]]. */
function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

let hostile: MongoClient;
/** `_id` is a string here, an ObjectId from the neighbour, or the array and regex that are refused. */
type TestDoc = { _id: string | ObjectId | number[] | RegExp; [field: string]: unknown };
let target: Collection<TestDoc>;
const neighbour = () => mongoose.connection.db!.collection('hostile_docs');

beforeAll(async () => {
  hostile = await MongoClient.connect(database.uri());
  target = hostile.db().collection<TestDoc>('hostile_docs');
});
afterAll(() => hostile.close());

/** Whoever sent the bad command, the server still answers both clients. */
async function expectBothClientsServed(): Promise<void> {
  const id = new ObjectId();
  await neighbour().insertOne({ _id: id, ok: true });
  expect(await target.findOne({ _id: id })).toEqual({ _id: id, ok: true });
}

describe('documents MongoDB refuses to store', () => {
  it('when a document nests 100 levels, then insert and update fail with Overflow; 99 levels are stored', async () => {
    await target.insertOne({ _id: 'ok99', v: nested(99) });
    await expect(target.insertOne({ _id: 'deep', v: nested(100) })).rejects.toMatchObject({
      code: 15,
      codeName: 'Overflow',
      message: 'cannot insert document because it exceeds 100 levels of nesting',
    });
    await expect(target.updateOne({ _id: 'ok99' }, { $set: { v: nested(100) } })).rejects.toMatchObject({
      code: 15,
      message: 'Document exceeds maximum nesting depth of 100',
    });
    expect(await target.countDocuments({ _id: { $in: ['ok99', 'deep'] } })).toBe(1);
    await expectBothClientsServed();
  });

  it('when a value nested 100,000 levels arrives in an insert, update, filter or pipeline, then each gets an error and the server goes on', async () => {
    const hostileValue = nested(100_000);
    const refusals = [
      () => target.insertOne({ _id: 'poison', v: hostileValue }),
      () => target.updateOne({ _id: 'ok99' }, { $set: { v: hostileValue } }, { upsert: true }),
      () => target.find({ v: hostileValue }).toArray(),
      () => target.aggregate([{ $match: { v: { $in: [hostileValue] } } }]).toArray(),
    ];
    for (const refusal of refusals) {
      await expect(refusal()).rejects.toMatchObject({ code: 15, message: expect.stringMatching(/exceeds maximum nested object depth/) });
    }
    expect(await target.countDocuments({ _id: 'poison' })).toBe(0);
    await expectBothClientsServed();
  });

  it('when a pipeline builds a value nested deeper than 200 levels, then the aggregation fails with Overflow', async () => {
    await target.insertOne({ _id: 'seed', n: 1 });
    const wrap = (levels: number) => ({ $reduce: { input: { $range: [0, levels] }, initialValue: [], in: ['$$value'] } });
    const deep = target.aggregate([{ $match: { _id: 'seed' } }, { $project: { v: wrap(300) } }]).toArray();
    await expect(deep).rejects.toMatchObject({
      code: 15,
      message: 'cannot convert document to BSON because it exceeds the limit of 200 levels of nesting',
    });
    expect(await target.aggregate([{ $match: { _id: 'seed' } }, { $project: { v: wrap(50) } }]).toArray()).toHaveLength(1);
    await expectBothClientsServed();
  });

  it('when a top-level field name starts with $, then insert says BadValue and update DollarPrefixedFieldName', async () => {
    await expect(target.insertOne({ _id: 'dollar', $where: 'x' })).rejects.toMatchObject({
      code: 2,
      message: "Document can't have $ prefixed field names: $where",
    });
    await target.insertOne({ _id: 'plain', n: 1 });
    await expect(target.updateOne({ _id: 'plain' }, { $set: { $bad: 1 } })).rejects.toMatchObject({
      code: 52,
      codeName: 'DollarPrefixedFieldName',
      message: expect.stringContaining("The dollar ($) prefixed field '$bad' in '$bad'"),
    });
    expect(await target.findOne({ _id: 'plain' })).toEqual({ _id: 'plain', n: 1 });
  });

  it('when an update or a pipeline would make a key holding a NUL, then it is refused and nothing changes', async () => {
    await target.insertOne({ _id: 'nul', a: 1 });
    await expect(target.updateOne({ _id: 'nul' }, { $rename: { a: 'b\u0000c' } })).rejects.toMatchObject({
      code: 2,
      message: "The 'to' field for $rename cannot contain an embedded null byte",
    });
    const computedKey = { $arrayToObject: { $literal: [['a\u0000b', 1]] } };
    await expect(target.updateOne({ _id: 'nul' }, [{ $set: { x: computedKey } }])).rejects.toMatchObject({
      message: 'Key field cannot contain an embedded null byte',
    });
    await expect(target.aggregate([{ $match: { _id: 'nul' } }, { $project: { x: computedKey } }]).toArray()).rejects.toMatchObject({
      message: 'Key field cannot contain an embedded null byte',
    });
    expect(await target.findOne({ _id: 'nul' })).toEqual({ _id: 'nul', a: 1 });
    await expectBothClientsServed();
  });

  it('when _id is an array or a regex, then insert refuses it with MongoDB words', async () => {
    await expect(target.insertOne({ _id: [1] })).rejects.toMatchObject({ code: 2, message: "can't use an array for _id" });
    await expect(target.insertOne({ _id: /x/ })).rejects.toMatchObject({ code: 2, message: "can't use a regex for _id" });
  });
});
