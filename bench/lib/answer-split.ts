import { setTimeout as sleep } from 'node:timers/promises';
import type { DeliveryVia } from '../../dev/line-emulator/types.ts';
import { OutboxMessageModel } from '../../models/outbox-message.ts';

export type AnswerSplit = { reply: number; push: number; unsent: number; drained: boolean };
export type SendCalls = () => Record<DeliveryVia, number>;
/** Where the counts stood when a run began: LINE's accepted calls and the outbox's unsent entries. */
export type AnswerMark = { calls: Record<DeliveryVia, number>; unsent: number };

/**
 * Replies and pushes are counted where LINE counts them, in the emulator's accepted calls (one
 * answer is one call); the outbox is asked only indexed counts. Reading every outbox entry of the
 * run (an aggregate) would decode tens of thousands of documents in the bot's own database thread
 * and put the benchmark's query into the bot's peak memory.
 */
export async function markAnswers(sendCalls: SendCalls): Promise<AnswerMark> {
  return { calls: sendCalls(), unsent: await countUnsent() };
}

/** Waits until nothing is waiting to be sent, or `timeoutMs`; then splits the answers since `mark`. */
export async function waitForAnswersSent(mark: AnswerMark, sendCalls: SendCalls, timeoutMs: number): Promise<AnswerSplit> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline && (await countWaiting()) > 0) await sleep(200);
  const calls = sendCalls();
  return {
    reply: calls.reply - mark.calls.reply,
    push: calls.push - mark.calls.push,
    unsent: (await countUnsent()) - mark.unsent,
    drained: (await countWaiting()) === 0,
  };
}

const countWaiting = () => OutboxMessageModel.countDocuments({ status: { $in: ['pending', 'sending'] } });
const countUnsent = () => OutboxMessageModel.countDocuments({ status: { $in: ['pending', 'sending', 'dead'] } });
