import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/database.ts';
import { textEvent, newUserId } from '../helpers/webhook-events.ts';
import { createLogger } from '../../infra/logger.ts';
import { createInboxWorker, type StoredEvent } from '../../bot/inbox/inbox-worker.ts';
import { createInboxWriter } from '../../bot/inbox/inbox-store.ts';
import { InboxEventModel } from '../../models/inbox-event.ts';
import { ensureIndexes } from '../../bot/start/ensure-indexes.ts';
import { createOutbox } from '../../infra/outbox/outbox.ts';
import { OutboxMessageModel } from '../../models/outbox-message.ts';

useTestDatabase();
const logger = createLogger('silent');
const { store: storeWebhookEvents } = createInboxWriter();
const workers: { stop(): Promise<boolean> }[] = [];

beforeAll(ensureIndexes);
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
  await InboxEventModel.deleteMany({});
});

function startWorker(dispatch: (stored: StoredEvent) => Promise<void>, overrides: { leaseMs?: number; maxAttempts?: number } = {}) {
  const worker = createInboxWorker({
    dispatch,
    logger,
    leaseMs: overrides.leaseMs ?? 5_000,
    maxAttempts: overrides.maxAttempts ?? 3,
    retention: { doneMs: 60_000, deadMs: 120_000 },
    freshForMs: 40_000,
    concurrency: 3,
    pollIntervalMs: 20,
  });
  worker.start();
  workers.push(worker);
  return worker;
}

describe('inbox worker', () => {
  it('when two workers share the inbox, then no event is processed twice', async () => {
    const events = Array.from({ length: 120 }, () => textEvent(newUserId(), 'สวัสดี'));
    await storeWebhookEvents(events);
    const seen = new Map<string, number>();
    const dispatch = async (stored: StoredEvent) => {
      seen.set(stored.webhookEventId, (seen.get(stored.webhookEventId) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 2));
    };
    startWorker(dispatch);
    startWorker(dispatch);
    await expect.poll(() => InboxEventModel.countDocuments({ status: 'done' }), { timeout: 15_000 }).toBe(events.length);
    expect(seen.size).toBe(events.length);
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
  });

  it('when one user sends several messages at once, then they are handled one after another in order', async () => {
    const userId = newUserId();
    const sameMoment = Date.now();
    // Ids that sort against arrival order: the order must come from storage, not from the ids.
    const events = ['หนึ่ง', 'สอง', 'สาม'].map((text, index) => ({
      ...textEvent(userId, text),
      timestamp: sameMoment,
      webhookEventId: `${'zyx'[index]}-${userId}`,
    }));
    await storeWebhookEvents(events);
    const timeline: string[] = [];
    startWorker(async (stored) => {
      const text = (stored.event as { message: { text: string } }).message.text;
      timeline.push(`start ${text}`);
      await new Promise((resolve) => setTimeout(resolve, 60));
      timeline.push(`end ${text}`);
    });
    await expect.poll(() => InboxEventModel.countDocuments({ lineUserId: userId, status: 'done' }), { timeout: 8_000 }).toBe(3);
    expect(timeline).toEqual(['start หนึ่ง', 'end หนึ่ง', 'start สอง', 'end สอง', 'start สาม', 'end สาม']);
    const attempts = (await InboxEventModel.find({ lineUserId: userId }).lean()).map((event) => event.attempts);
    expect(attempts).toEqual([1, 1, 1]);
  });

  it('when a worker dies holding an event, then another re-claims it after the lease and it is sent once', async () => {
    const to = newUserId();
    const [event] = [textEvent(to, 'เมนู')];
    await storeWebhookEvents([event!]);
    const outbox = createOutbox({ replyTokenMaxAgeMs: 50_000, onEnqueued: () => undefined });
    const dispatch = async (stored: StoredEvent) => {
      await outbox.push({ dedupeKey: `event:${stored.webhookEventId}:0`, to, messages: [{ type: 'text', text: 'ตอบ' }] });
    };
    // The first "worker" did its work and then died before marking the event done.
    await dispatch({ event: event!, webhookEventId: event!.webhookEventId, receivedAt: new Date() });
    await InboxEventModel.updateOne(
      { webhookEventId: event!.webhookEventId },
      { $set: { status: 'processing', leaseOwner: 'dead-instance', leaseUntil: new Date(Date.now() + 300) }, $inc: { attempts: 1 } },
    );
    let processed = 0;
    startWorker(async (stored) => {
      processed += 1;
      await dispatch(stored);
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(processed).toBe(0);
    await expect.poll(() => InboxEventModel.findOne({ webhookEventId: event!.webhookEventId }).lean().then((doc) => doc?.status), { timeout: 5_000 }).toBe('done');
    expect(processed).toBe(1);
    expect(await OutboxMessageModel.countDocuments({ to })).toBe(1);
  });

  it('when processing keeps failing, then it retries with backoff and ends dead-lettered with the error', async () => {
    const event = textEvent(newUserId(), 'พัง');
    await storeWebhookEvents([event]);
    let calls = 0;
    startWorker(async () => {
      calls += 1;
      throw new Error('handler exploded');
    }, { maxAttempts: 2 });
    await expect.poll(() => InboxEventModel.findOne({ webhookEventId: event.webhookEventId }).lean().then((doc) => doc?.status), { timeout: 8_000 }).toBe('dead');
    const stored = await InboxEventModel.findOne({ webhookEventId: event.webhookEventId }).lean();
    expect(calls).toBe(2);
    expect(stored?.lastError).toBe('handler exploded');
    // Kept longer than a finished event, so someone can look at it, but not forever.
    expect(stored!.expireAt!.getTime() - Date.now()).toBeGreaterThan(100_000);
  });

  it('when concurrent requests are group-committed, then each learns its own duplicates', async () => {
    const shared = textEvent(newUserId(), 'ซ้ำ');
    const [first, second, third] = await Promise.all([
      storeWebhookEvents([shared, textEvent(newUserId(), 'หนึ่ง')]),
      storeWebhookEvents([textEvent(newUserId(), 'สอง')]),
      storeWebhookEvents([{ ...shared, deliveryContext: { isRedelivery: true } }]),
    ]);
    expect(first).toEqual({ stored: 2, duplicates: 0, refused: 0 });
    expect(second).toEqual({ stored: 1, duplicates: 0, refused: 0 });
    expect(third).toEqual({ stored: 0, duplicates: 1, refused: 0 });
    expect(await InboxEventModel.countDocuments({ webhookEventId: shared.webhookEventId })).toBe(1);
  });

  it('when an event is done, then it expires after the retention period', async () => {
    const event = textEvent(newUserId(), 'เก็บไว้ชั่วคราว');
    await storeWebhookEvents([event]);
    startWorker(async () => undefined);
    await expect.poll(() => InboxEventModel.findOne({ webhookEventId: event.webhookEventId }).lean().then((doc) => doc?.status), { timeout: 5_000 }).toBe('done');
    const stored = await InboxEventModel.findOne({ webhookEventId: event.webhookEventId }).lean();
    expect(stored!.expireAt!.getTime() - Date.now()).toBeGreaterThan(50_000);
    const indexes = await InboxEventModel.collection.indexes();
    expect(indexes.find((index) => index.key.expireAt === 1)?.expireAfterSeconds).toBe(0);
  });
});
