import mongoose, { Schema } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { isEmbeddedDb, useTestDatabase } from '../helpers/database.ts';

useTestDatabase();

const Note = mongoose.model('UnsupportedNote', new Schema({ text: String }));

describe.skipIf(!isEmbeddedDb())('embedded server: unsupported features fail loudly', () => {
  it('when a transaction is started, then the write fails with code 20 naming MONGODB_URI', async () => {
    const session = await mongoose.startSession();
    const error = await session
      .withTransaction(async () => {
        await Note.create([{ text: 'in txn' }], { session });
      })
      .catch((err: unknown) => err)
      .finally(() => session.endSession());
    // For writes the driver wraps code 20 in its "does not support retryable writes" error, as with a standalone mongod.
    const serverError = (error as { originalError?: unknown }).originalError ?? error;
    expect(serverError).toMatchObject({ code: 20, codeName: 'IllegalOperation' });
    expect((serverError as Error).message).toContain('MONGODB_URI');
    expect(await Note.countDocuments({ text: 'in txn' })).toBe(0);
  });

  it('when a read runs inside a transaction, then it fails with code 20', async () => {
    const session = await mongoose.startSession();
    session.startTransaction();
    const error = await Note.findOne({}).session(session).catch((err: unknown) => err);
    await session.abortTransaction().catch(() => undefined);
    await session.endSession();
    expect(error).toMatchObject({ code: 20, codeName: 'IllegalOperation' });
  });

  it('when a session is used without a transaction, then ordinary operations work', async () => {
    const session = await mongoose.startSession();
    await Note.create([{ text: 'with session' }], { session });
    expect(await Note.countDocuments({ text: 'with session' }).session(session)).toBe(1);
    await session.endSession();
  });

  it('when $where is used, then the query fails with code 20', async () => {
    const error = await Note.collection.find({ $where: 'this.text' }).toArray().catch((err: unknown) => err);
    expect(error).toMatchObject({ code: 20 });
  });

  it('when a change stream is opened, then it fails with code 20 instead of hanging', async () => {
    const error = await Note.collection.aggregate([{ $changeStream: {} }]).toArray().catch((err: unknown) => err);
    expect(error).toMatchObject({ code: 20 });
  });
});
