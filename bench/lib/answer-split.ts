import { setTimeout as sleep } from 'node:timers/promises';
import { OutboxMessageModel } from '../../models/outbox-message.ts';

export type AnswerSplit = { reply: number; push: number; unsent: number; drained: boolean };

/** How the answers to events received since `since` went out: as free replies or as pushes (billed against the quota). */
export async function countAnswers(since: Date): Promise<AnswerSplit> {
  const rows = await OutboxMessageModel.aggregate<{ _id: { status: string; sentAs: string | null }; n: number }>([
    { $match: { createdAt: { $gte: since } } },
    { $group: { _id: { status: '$status', sentAs: '$sentAs' }, n: { $sum: 1 } } },
  ]);
  const count = (test: (row: (typeof rows)[number]) => boolean) => rows.filter(test).reduce((sum, row) => sum + row.n, 0);
  const unsent = count((row) => row._id.status !== 'sent');
  return {
    reply: count((row) => row._id.status === 'sent' && row._id.sentAs === 'reply'),
    push: count((row) => row._id.status === 'sent' && row._id.sentAs === 'push'),
    unsent,
    drained: count((row) => row._id.status === 'pending' || row._id.status === 'sending') === 0,
  };
}

/** Waits until nothing is waiting to be sent (indexed counts only while polling), or `timeoutMs`; then splits the answers once. */
export async function waitForAnswersSent(since: Date, timeoutMs: number): Promise<AnswerSplit> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline && (await OutboxMessageModel.countDocuments({ status: { $in: ['pending', 'sending'] } })) > 0) await sleep(200);
  return countAnswers(since);
}
