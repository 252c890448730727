import { setTimeout as sleep } from 'node:timers/promises';
import type { SendCallCounts } from '../../dev/line-emulator/types.ts';
import { OutboxMessageModel } from '../../models/outbox-message.ts';

/** `unsent` counts what is still waiting as well as what died, so 0 also means the outbox drained. */
export type AnswerSplit = { reply: number; push: number; unsent: number };
export type SendCalls = () => SendCallCounts;
/** Where the counts stood when a run began: LINE's accepted calls and the outbox's unsent entries. */
export type AnswerMark = { calls: SendCallCounts; unsent: number };

/**
 * Replies and pushes are counted where LINE counts them, in the emulator's accepted calls (one
 * answer is one call); the outbox is asked only indexed counts. Reading every outbox entry of the
 * run (an aggregate) would decode tens of thousands of documents in the bot's own database thread
 * and put the benchmark's query into the bot's peak memory.
 */
export async function markAnswers(sendCalls: SendCalls): Promise<AnswerMark> {
  return { calls: sendCalls(), unsent: await countUnsent() };
}

/** Waits until nothing is waiting to be sent, or `timeoutMs`. */
export async function waitForOutboxSent(timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline && (await OutboxMessageModel.countDocuments({ status: { $in: ['pending', 'sending'] } })) > 0) await sleep(200);
}

/** Waits as waitForOutboxSent does, then splits the answers since `mark`. */
export async function waitForAnswersSent(mark: AnswerMark, sendCalls: SendCalls, timeoutMs: number): Promise<AnswerSplit> {
  await waitForOutboxSent(timeoutMs);
  const calls = sendCalls();
  return { reply: calls.reply - mark.calls.reply, push: calls.push - mark.calls.push, unsent: (await countUnsent()) - mark.unsent };
}

const countUnsent = () => OutboxMessageModel.countDocuments({ status: { $in: ['pending', 'sending', 'dead'] } });
