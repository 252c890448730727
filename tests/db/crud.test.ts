import mongoose, { Schema } from 'mongoose';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/database.ts';

useTestDatabase();

const Author = mongoose.model('CrudAuthor', new Schema({ name: String, email: { type: String, unique: true } }));
const Book = mongoose.model(
  'CrudBook',
  new Schema(
    {
      title: { type: String, required: true },
      author: { type: Schema.Types.ObjectId, ref: 'CrudAuthor' },
      tags: [String],
      ratings: [{ by: String, score: Number }],
      copies: { type: Number, default: 0 },
      publishedAt: Date,
    },
    { timestamps: true },
  ),
);

beforeAll(async () => {
  await Author.init();
  await Book.init();
});

describe('mongoose CRUD', () => {
  it('when a document is created, then it can be read, updated and deleted', async () => {
    const book = await Book.create({ title: 'Clinic handbook', tags: ['law'] });
    const found = await Book.findById(book._id);
    expect(found?.title).toBe('Clinic handbook');
    found!.title = 'Clinic handbook 2';
    await found!.save();
    expect((await Book.findById(book._id).lean())?.title).toBe('Clinic handbook 2');
    await Book.deleteOne({ _id: book._id });
    expect(await Book.findById(book._id)).toBeNull();
  });

  it('when timestamps are on, then createdAt/updatedAt are set and updatedAt moves on update', async () => {
    const book = await Book.create({ title: 'Timed' });
    expect(book.createdAt).toBeInstanceOf(Date);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await Book.updateOne({ _id: book._id }, { $set: { copies: 2 } });
    const after = await Book.findById(book._id).lean();
    expect(after!.createdAt.getTime()).toBe(book.createdAt.getTime());
    expect(after!.updatedAt.getTime()).toBeGreaterThan(book.updatedAt.getTime());
  });

  it('when a referenced document exists, then populate resolves it', async () => {
    const author = await Author.create({ name: 'Somchai', email: 'somchai@example.org' });
    await Book.create({ title: 'With author', author: author._id });
    const book = await Book.findOne({ title: 'With author' }).populate<{ author: { name: string } }>('author');
    expect(book?.author.name).toBe('Somchai');
  });

  it('when a unique field is duplicated, then mongoose raises E11000 with keyPattern and keyValue', async () => {
    await Author.create({ name: 'A', email: 'dup@example.org' });
    const error = await Author.create({ name: 'B', email: 'dup@example.org' }).catch((err: unknown) => err);
    expect(error).toMatchObject({ code: 11000, keyPattern: { email: 1 }, keyValue: { email: 'dup@example.org' } });
    expect((error as Error).message).toMatch(/E11000 duplicate key error collection: .*crudauthors index: email_1 dup key/);
  });

  it('when upserting, then the document is inserted once with the filter fields and $setOnInsert', async () => {
    const filter = { title: 'Upserted' };
    const update = { $inc: { copies: 1 }, $setOnInsert: { tags: ['new'] } };
    const first = await Book.updateOne(filter, update, { upsert: true });
    expect(first.upsertedCount).toBe(1);
    const second = await Book.updateOne(filter, update, { upsert: true });
    expect(second).toMatchObject({ matchedCount: 1, modifiedCount: 1, upsertedCount: 0 });
    const doc = await Book.findOne(filter).lean();
    expect(doc).toMatchObject({ title: 'Upserted', copies: 2, tags: ['new'] });
  });

  it('when using $inc, $push, $pull and $addToSet, then arrays and counters change as MongoDB does', async () => {
    const book = await Book.create({ title: 'Ops', tags: ['a', 'b'] });
    await Book.updateOne({ _id: book._id }, { $inc: { copies: 3 }, $push: { tags: 'c' } });
    await Book.updateOne({ _id: book._id }, { $pull: { tags: 'a' } });
    await Book.updateOne({ _id: book._id }, { $addToSet: { tags: { $each: ['b', 'd'] } } });
    const doc = await Book.findById(book._id).lean();
    expect(doc).toMatchObject({ copies: 3, tags: ['b', 'c', 'd'] });
  });

  it('when updating array elements with arrayFilters and the positional operator, then only those change', async () => {
    const book = await Book.create({
      title: 'Rated',
      ratings: [
        { by: 'x', score: 1 },
        { by: 'y', score: 5 },
      ],
    });
    await Book.updateOne({ _id: book._id }, { $set: { 'ratings.$[low].score': 2 } }, { arrayFilters: [{ 'low.score': { $lt: 3 } }] });
    await Book.updateOne({ _id: book._id, 'ratings.by': 'y' }, { $inc: { 'ratings.$.score': 1 } });
    const doc = await Book.findById(book._id).lean();
    expect(doc!.ratings.map((r) => r.score)).toEqual([2, 6]);
  });

  it('when querying with $elemMatch, regex and date ranges, then the right documents match', async () => {
    await Book.create([
      { title: 'Elem one', ratings: [{ by: 'p', score: 4 }], publishedAt: new Date('2024-01-10T00:00:00Z') },
      { title: 'Elem two', ratings: [{ by: 'p', score: 1 }, { by: 'q', score: 5 }], publishedAt: new Date('2024-03-10T00:00:00Z') },
    ]);
    const elem = await Book.find({ ratings: { $elemMatch: { by: 'p', score: { $gte: 4 } } } }).lean();
    expect(elem.map((b) => b.title)).toEqual(['Elem one']);
    const regex = await Book.find({ title: /^elem t/i }).lean();
    expect(regex.map((b) => b.title)).toEqual(['Elem two']);
    const dated = await Book.find({ publishedAt: { $gte: new Date('2024-02-01'), $lt: new Date('2024-04-01') } }).lean();
    expect(dated.map((b) => b.title)).toEqual(['Elem two']);
  });

  it('when findOneAndUpdate/findOneAndDelete run, then they return the document before or after', async () => {
    await Book.create({ title: 'FAM', copies: 1 });
    const before = await Book.findOneAndUpdate({ title: 'FAM' }, { $inc: { copies: 1 } }).lean();
    const after = await Book.findOneAndUpdate({ title: 'FAM' }, { $inc: { copies: 1 } }, { returnDocument: 'after' }).lean();
    expect([before?.copies, after?.copies]).toEqual([1, 3]);
    const projected = await Book.findOneAndUpdate({ title: 'FAM' }, { $set: { copies: 9 } }, { returnDocument: 'after', projection: { copies: 1 } }).lean();
    expect(projected).not.toHaveProperty('title');
    expect((await Book.findOneAndDelete({ title: 'FAM' }).lean())?.copies).toBe(9);
    expect(await Book.findOne({ title: 'FAM' })).toBeNull();
  });

  it('when replacing a document, then only the new fields and the _id remain', async () => {
    const book = await Book.create({ title: 'Replace me', tags: ['x'] });
    await Book.replaceOne({ _id: book._id }, { title: 'Replaced' });
    const doc = await Book.findById(book._id).lean();
    expect(doc?.title).toBe('Replaced');
    expect(doc?.tags).toEqual([]);
    await Book.collection.replaceOne({ _id: book._id }, { title: 'Raw' });
    expect(await Book.collection.findOne({ _id: book._id })).toEqual({ _id: book._id, title: 'Raw' });
  });

  it('when updating many and deleting many, then counts are reported', async () => {
    await Book.insertMany([{ title: 'Bulk', copies: 1 }, { title: 'Bulk', copies: 2 }, { title: 'Bulk', copies: 3 }]);
    const updated = await Book.updateMany({ title: 'Bulk', copies: { $gte: 2 } }, { $set: { tags: ['many'] } });
    expect(updated).toMatchObject({ matchedCount: 2, modifiedCount: 2 });
    const unchanged = await Book.updateMany(
      { title: 'Bulk', copies: { $gte: 2 } },
      { $set: { tags: ['many'] } },
      { timestamps: false },
    );
    expect(unchanged.modifiedCount).toBe(0);
    expect((await Book.deleteMany({ title: 'Bulk' })).deletedCount).toBe(3);
  });
});
