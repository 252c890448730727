import type { mongo } from 'mongoose';
import { createGroupCommit } from './group-commit.ts';

type Operation = mongo.AnyBulkWriteOperation<mongo.Document>;
type Pending = { op: Operation; resolve(outcome: WriteOutcome): void; reject(error: unknown): void };

export type WriteOutcome = { upserted: boolean; upsertedId?: unknown };

/** The server refused this one write (a duplicate key, a document it will not store); the others went through. */
export class WriteRefused extends Error {
  override name = 'WriteRefused';
  readonly code: number | undefined;
  constructor(message: string, code: number | undefined) {
    super(message);
    this.code = code;
  }
}

/** The driver could not even encode the document (a key with a NUL byte, a cycle): no retry will help. */
export function isUnencodableDocument(error: unknown): boolean {
  return error instanceof Error && error.name === 'BSONError';
}
/** `Schema` types the op by its collection's fields (the driver's bare Document has `_id` an ObjectId and no array field). */
export type BulkWriter = { write<Schema extends mongo.Document = mongo.Document>(op: mongo.AnyBulkWriteOperation<NoInfer<Schema>>): Promise<WriteOutcome> };

const MAX_OPERATIONS_PER_COMMIT = 1_000;

/**
 * Group commit for single-document writes. While one bulkWrite is on its way to the database,
 * the writes issued meanwhile gather into the next, so under load a hundred callers share one
 * round trip instead of paying one each; a lone write still goes at once. Every caller learns
 * its own outcome: the batch is unordered, so one refused document does not stop the others,
 * and a batch refused as a whole before reaching the server (a document the driver cannot
 * serialise) is retried one by one so only the bad write fails.
 */
export function createBulkWriter(collection: () => mongo.Collection): BulkWriter {
  const group = createGroupCommit<Pending>((batch) => commit(collection(), batch), MAX_OPERATIONS_PER_COMMIT);
  return {
    write(op) {
      return new Promise<WriteOutcome>((resolve, reject) => group.add({ op: op as Operation, resolve, reject }));
    },
  };
}

async function commit(target: mongo.Collection, batch: Pending[]): Promise<void> {
  try {
    const result = await target.bulkWrite(batch.map((pending) => pending.op), { ordered: false });
    settle(batch, result.upsertedIds, []);
  } catch (error) {
    const perOperation = operationErrors(error);
    if (perOperation) {
      settle(batch, (error as { result?: { upsertedIds?: Record<number, unknown> } }).result?.upsertedIds ?? {}, perOperation);
    } else if (batch.length > 1) {
      await Promise.all(batch.map((pending) => commit(target, [pending])));
    } else {
      batch[0]!.reject(error);
    }
  }
}

function settle(batch: Pending[], upsertedIds: Record<number, unknown>, errors: { index: number; error: unknown }[]): void {
  const failed = new Map(errors.map((entry) => [entry.index, entry.error]));
  batch.forEach((pending, index) => {
    if (failed.has(index)) pending.reject(failed.get(index));
    else pending.resolve(upsertedIds[index] === undefined ? { upserted: false } : { upserted: true, upsertedId: upsertedIds[index] });
  });
}

/** The per-write errors of an unordered bulkWrite the server answered; null for any other failure. */
function operationErrors(error: unknown): { index: number; error: unknown }[] | null {
  const writeErrors = (error as { writeErrors?: unknown }).writeErrors;
  if (!Array.isArray(writeErrors) || writeErrors.length === 0) return null;
  const hasWriteConcernError = (error as { result?: { hasWriteConcernError?(): boolean } }).result?.hasWriteConcernError?.();
  if (hasWriteConcernError) return null;
  return writeErrors.map((writeError: { index: number; code?: number; errmsg?: string }) => ({
    index: writeError.index,
    error: new WriteRefused(writeError.errmsg ?? 'write refused', writeError.code),
  }));
}
