import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/database.ts';
import { newUserId, textEvent } from '../helpers/webhook-events.ts';
import { createLogger } from '../../infra/logger.ts';
import { createInboxWriter } from '../../bot/inbox/inbox-store.ts';
import { createInboxWorker, type StoredEvent } from '../../bot/inbox/inbox-worker.ts';
import { InboxEventModel } from '../../models/inbox-event.ts';
import { ensureIndexes } from '../../bot/start/ensure-indexes.ts';

useTestDatabase();
const workers: { stop(timeoutMs?: number): Promise<boolean> }[] = [];
beforeAll(ensureIndexes);
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop(1_000)));
  await InboxEventModel.deleteMany({});
});

function startWorker(dispatch: (stored: StoredEvent) => Promise<void>, leaseMs = 5_000) {
  const worker = createInboxWorker({
    dispatch,
    logger: createLogger('silent'),
    leaseMs,
    maxAttempts: 2,
    retention: { doneMs: 60_000, deadMs: 120_000 },
    freshForMs: 40_000,
    pollIntervalMs: 20,
  });
  worker.start();
  workers.push(worker);
}

const statusOf = async (webhookEventId: string) => (await InboxEventModel.findOne({ webhookEventId }).lean())?.status;

describe('group commit isolates failures', () => {
  it('when one event the database cannot store is committed beside 30 valid ones, then only it is refused', async () => {
    const { store } = createInboxWriter();
    const valid = Array.from({ length: 30 }, () => textEvent(newUserId(), 'สวัสดี'));
    // Past the door's checks (a test calls the writer directly): a key BSON cannot encode.
    const unencodable = { ...textEvent(newUserId(), 'x'), ['bad\u0000key']: 1 };
    const results = await Promise.all([store([unencodable]), ...valid.map((event) => store([event]))]);
    expect(results[0]).toEqual({ stored: 0, duplicates: 0, refused: 1 });
    expect(results.slice(1).every((result) => result.stored === 1)).toBe(true);
    expect(await InboxEventModel.countDocuments({})).toBe(30);
  });

  it('when a request mixes a refused event with valid ones, then the valid ones are stored and the request is not failed', async () => {
    const { store } = createInboxWriter();
    const events = [textEvent(newUserId(), 'หนึ่ง'), { ...textEvent(newUserId(), 'x'), ['k\u0000']: 1 }, textEvent(newUserId(), 'สอง')];
    expect(await store(events)).toEqual({ stored: 2, duplicates: 0, refused: 1 });
  });
});

describe('a poison event cannot hold anyone up', () => {
  it('when handling an event hangs, then it is given up within the time limit, dead-lettered, and the person\'s next event is handled', async () => {
    const { store } = createInboxWriter();
    const userId = newUserId();
    const hanging = textEvent(userId, 'ค้าง');
    const after = { ...textEvent(userId, 'ถัดไป'), timestamp: hanging.timestamp + 1 };
    const other = textEvent(newUserId(), 'คนอื่น');
    await store([hanging, after, other]);
    const handled: string[] = [];
    // A 1.5 s lease gives a 1 s time limit per attempt.
    startWorker(async (stored) => {
      if (stored.webhookEventId === hanging.webhookEventId) return new Promise<void>(() => undefined);
      handled.push(stored.webhookEventId);
    }, 1_500);
    await expect.poll(() => handled.includes(other.webhookEventId), { timeout: 1_000 }).toBe(true);
    await expect.poll(() => statusOf(hanging.webhookEventId), { timeout: 8_000 }).toBe('dead');
    await expect.poll(() => statusOf(after.webhookEventId), { timeout: 4_000 }).toBe('done');
    expect(handled).toEqual([other.webhookEventId, after.webhookEventId]);
  });

  it('when an event killed its worker on every attempt, then the next claim dead-letters it without running it', async () => {
    const { store } = createInboxWriter();
    const crasher = textEvent(newUserId(), 'ทำให้ล่ม');
    await store([crasher]);
    // What two crashed instances leave behind: attempts used up, the lease run out.
    await InboxEventModel.updateOne(
      { webhookEventId: crasher.webhookEventId },
      { $set: { status: 'processing', attempts: 2, leaseOwner: 'dead', leaseUntil: new Date(Date.now() - 1) } },
    );
    let ran = 0;
    startWorker(async () => {
      ran += 1;
    });
    await expect.poll(() => statusOf(crasher.webhookEventId), { timeout: 5_000 }).toBe('dead');
    expect(ran).toBe(0);
    expect((await InboxEventModel.findOne({ webhookEventId: crasher.webhookEventId }).lean())?.lastError).toMatch(/died or hung/);
  });
});

describe('stopping', () => {
  it('when a worker is stopped while an event hangs, then it stops within its time limit and leaves the event to its lease', async () => {
    const { store } = createInboxWriter();
    const event = textEvent(newUserId(), 'ค้างตอนปิด');
    await store([event]);
    let started = false;
    const worker = createInboxWorker({
      dispatch: () => {
        started = true;
        return new Promise<void>(() => undefined);
      },
      logger: createLogger('silent'),
      leaseMs: 30_000,
      maxAttempts: 3,
      retention: { doneMs: 60_000, deadMs: 60_000 },
      freshForMs: 40_000,
      pollIntervalMs: 20,
    });
    worker.start();
    await expect.poll(() => started, { timeout: 2_000 }).toBe(true);
    const stopping = Date.now();
    expect(await worker.stop(300)).toBe(false);
    expect(Date.now() - stopping).toBeLessThan(1_000);
    expect(await statusOf(event.webhookEventId)).toBe('processing');
  });
});
