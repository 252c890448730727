import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/database.ts';

useTestDatabase();

describe('the _id index', () => {
  it('when a document is inserted with an _id already stored, then E11000 and the stored one is unchanged', async () => {
    const collection = mongoose.connection.db!.collection('id_uniqueness');
    for (const id of ['run:2026-12-01', 42, new mongoose.Types.ObjectId()] as never[]) {
      await collection.insertOne({ _id: id, v: 1 });
      const second = collection.insertOne({ _id: id, v: 2 });
      await expect(second).rejects.toMatchObject({ code: 11000, keyPattern: { _id: 1 } });
      expect(await collection.findOne({ _id: id })).toMatchObject({ v: 1 });
    }
    expect(await collection.countDocuments()).toBe(3);
  });
});
